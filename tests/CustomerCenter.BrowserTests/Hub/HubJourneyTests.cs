using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Customers;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.BrowserTests.Sales;
using Microsoft.Playwright;
using MimeKit;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Hub;

[Collection(BrowserCollection.Name)]
public sealed class HubJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task From_the_hub_sales_invoices_a_customer_logs_a_call_gives_a_colleague_a_task_emails_the_invoice_and_sees_all_three_in_the_timeline() =>
        browser.RunAsync(nameof(From_the_hub_sales_invoices_a_customer_logs_a_call_gives_a_colleague_a_task_emails_the_invoice_and_sees_all_three_in_the_timeline), async page =>
        {
            var tag = "hb" + Guid.NewGuid().ToString("N")[..6];
            var company = $"Hopper Compilers {tag}";
            var colleague = $"Grace Colleague {tag}";
            var contactEmail = $"ada.{tag}@example.com";
            var subject = $"Delivery date agreed {tag}";
            var taskTitle = $"Send the signed order {tag}";

            await browser.App.EnsureTaxRateAsync("Zero", 0m);
            var colleagueEmail = await browser.App.AddColleagueAsync(colleague);
            await page.SignInAsAdmin();
            var customerId = await page.CreateCompany(company);
            await page.AddBillingContact("Ada", "Lovelace", contactEmail);

            // The start page's Invoice shortcut asks for the customer first, then opens the editor for them.
            await page.StartFromHubFor("Invoice", tag, company);
            await Expect(page.Locator(".customer-match")).ToContainTextAsync(company);
            await page.FillLine(1, "Compiler maintenance", "1", "250", "0%");
            await page.Press("Save draft");
            await page.Press("Post invoice");
            await page.ExpectStatus("posted");
            var invoice = await page.DocumentNumber();

            // The customer page: log a call with the contact.
            await page.GotoAsync($"/customers/{customerId}");
            await Expect(page.Locator("#balance")).ToContainTextAsync("250.00 EUR");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Shortcuts" }).GetByRole(AriaRole.Link, new() { Name = "Log a call" }).ClickAsync();
            await page.GetByLabel("Call", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("With").SelectOptionAsync(new SelectOptionValue { Label = "Ada Lovelace" });
            await page.GetByLabel("Subject").FillAsync(subject);
            await page.GetByLabel("Notes").FillAsync("Ships on Friday; she wants the invoice by email.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Log it" }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync("The call is logged.");

            // A task for the colleague.
            await page.OpenTab("Tasks");
            await page.GetByLabel("Title").FillAsync(taskTitle);
            await page.GetByLabel("For", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = colleague });
            await page.GetByLabel("Due").FillAsync(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("About document").SelectOptionAsync(new SelectOptionValue { Label = $"Invoice {invoice} · {DateTime.UtcNow:yyyy-MM-dd}" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Add task", Exact = true }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync($"The task “{taskTitle}” is added.");
            await Expect(page.Locator("#tasks").GetByRole(AriaRole.Row).Filter(new() { HasText = taskTitle })).ToContainTextAsync(colleague);

            // Email the invoice from its row in the transactions: the To field comes from the contact marked To.
            await page.OpenTab("Transactions");
            await page.Locator("table.transactions").GetByRole(AriaRole.Row).Filter(new() { HasText = invoice }).GetByRole(AriaRole.Link, new() { Name = "Email" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Email Invoice {invoice}", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("To", new() { Exact = true })).ToHaveValueAsync(new Regex(Regex.Escape(contactEmail)));
            await Expect(page.GetByText($"Invoice {invoice}, as PDF")).ToBeVisibleAsync();
            var mailSubject = await page.GetByLabel("Subject").InputValueAsync();
            Assert.Contains(invoice, mailSubject, StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync($"Invoice {invoice} is on its way to");

            // Through the outbox: the worker delivers it to the dev mailbox, with the PDF attached.
            var row = await page.ExpectSentInMailbox(mailSubject);
            await row.Locator("summary").ClickAsync();
            await Expect(row.GetByText(new Regex($@"^Attachment: .*{Regex.Escape(invoice)}\.pdf$"))).ToBeVisibleAsync();
            using (var message = await browser.App.DeliveredMessageAsync(mailSubject))
            {
                Assert.Equal(contactEmail, Assert.Single(message.To.Mailboxes).Address);
                var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
                Assert.Equal("application/pdf", attachment.ContentType.MimeType);
                using var pdfBytes = new MemoryStream();
                await attachment.Content!.DecodeToAsync(pdfBytes);
                using var pdf = PdfDocument.Open(pdfBytes.ToArray());
                Assert.Contains(invoice, string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
            }

            // All three in the customer's timeline, newest first, and the kind filter keeps each to its own.
            await page.GotoAsync($"/customers/{customerId}");
            await page.OpenTab("Activity");
            await Expect(page.TimelineEntry(subject)).ToContainTextAsync($"Call with Ada Lovelace: {subject}");
            await Expect(page.TimelineEntry(taskTitle)).ToContainTextAsync(colleague);
            await Expect(page.TimelineEntry($"Invoice {invoice} emailed to {contactEmail}").Locator(".badge").Last).ToHaveTextAsync("sent");
            var summaries = await page.Locator("#timeline .summary-text").AllTextContentsAsync();
            var order = new[] { $"Invoice {invoice} emailed", taskTitle, subject }.Select(text => summaries.ToList().FindIndex(s => s.Contains(text, StringComparison.Ordinal))).ToList();
            Assert.True(order.SequenceEqual(order.Order()) && order[0] >= 0, $"Newest first: {string.Join(" | ", summaries)}");
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Kind" }).SelectOptionAsync(new SelectOptionValue { Label = "Call" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Expect(page.Locator("#timeline .timeline-entry")).ToHaveCountAsync(1);
            await Expect(page.TimelineEntry(subject)).ToBeVisibleAsync();

            // The colleague finds the task on their own start page.
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.SignInAs(colleagueEmail, HubSteps.ColleaguePassword);
            await page.GotoAsync("/");
            await Expect(page.Locator("#my-tasks")).ToContainTextAsync(taskTitle);
            await Expect(page.Locator("#my-tasks")).ToContainTextAsync(company);
        });
}
