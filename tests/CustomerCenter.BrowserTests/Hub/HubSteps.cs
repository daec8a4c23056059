using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Hub;

/// <summary>What staff do on the hub pages (start page, customer tabs, email form, mailbox), by what they see.</summary>
public static class HubSteps
{
    public const string ColleaguePassword = "another horse battery staple";

    /// <summary>
    /// A colleague to give tasks to: an Admin would add them under Settings › Users, which the customer journeys
    /// don't exercise, so the user is made through the same service that page uses. Returns the email.
    /// </summary>
    public static async Task<string> AddColleagueAsync(this BrowserApp app, string displayName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<StaffUserService>();
        var email = $"colleague-{Guid.NewGuid():N}@customer-center.local";
        var outcome = await users.CreateAsync(new StaffUserInput { Email = email, DisplayName = displayName, Role = StaffRole.Sales, Password = ColleaguePassword }, default);
        return outcome.IsOk ? email : throw new InvalidOperationException($"The colleague was not created: {outcome.Message}");
    }

    /// <summary>On the start page: a shortcut, which asks for the customer; find it and pick it.</summary>
    public static async Task StartFromHubFor(this IPage page, string shortcut, string search, string customer)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "To follow up" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Shortcuts" }).GetByRole(AriaRole.Link, new() { Name = shortcut, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{shortcut}: which customer?", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Find a customer").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await page.Locator(".pick-list").GetByRole(AriaRole.Link, new() { Name = customer, Exact = true }).ClickAsync();
    }

    /// <summary>From a customer's detail page: a contact with an email address who receives documents as To.</summary>
    public static async Task AddBillingContact(this IPage page, string firstName, string lastName, string email)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add contact" }).ClickAsync();
        await page.GetByLabel("First name", new() { Exact = true }).FillAsync(firstName);
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync(lastName);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Receives documents by email as").SelectOptionAsync(new SelectOptionValue { Label = "To" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts" })).ToBeVisibleAsync();
    }

    /// <summary>One of the customer page's tabs.</summary>
    public static async Task OpenTab(this IPage page, string tab)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Customer sections" }).GetByRole(AriaRole.Link, new() { NameRegex = new($"^{tab}") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Customer sections" }).Locator("[aria-current=page]")).ToContainTextAsync(tab);
    }

    /// <summary>The timeline's lines on the customer's Activity tab.</summary>
    public static ILocator TimelineEntry(this IPage page, string text) =>
        page.Locator("#timeline .timeline-entry").Filter(new() { HasText = text });

    /// <summary>
    /// The dev mailbox (Admin): the background worker delivers the outbox every few seconds and the page does not
    /// refresh itself, so it is reloaded until the message's row says Sent (each look waits a little, no fixed sleep).
    /// </summary>
    public static async Task<ILocator> ExpectSentInMailbox(this IPage page, string subject)
    {
        var row = page.Locator("tbody tr").Filter(new() { HasText = subject });
        for (var look = 1; ; look++)
        {
            await page.GotoAsync("/settings/mailbox");
            await Expect(row).ToBeVisibleAsync();
            try
            {
                await Expect(row.GetByText("Sent", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 3_000 });
                return row;
            }
            catch (PlaywrightException) when (look < 10)
            {
                // Not delivered yet: look again.
            }
        }
    }

    /// <summary>The .eml file the worker wrote for the message with this subject (no SMTP server is configured).</summary>
    public static async Task<MimeMessage> DeliveredMessageAsync(this BrowserApp app, string subject)
    {
        var folder = app.Services.GetRequiredService<EmlFileTransport>().Folder;
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.Subject == subject)
            {
                return message;
            }

            message.Dispose();
        }

        throw new InvalidOperationException($"No .eml in {folder} has the subject “{subject}”.");
    }
}
