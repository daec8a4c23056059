using System.Net;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Activity;

/// <summary>
/// Emailing documents and statements: templates per language, recipients from the contacts, the PDF
/// attached, and delivery through the outbox (.eml files, a real SMTP exchange, crashes and retries).
/// Tests of this class share one database: each first marks earlier messages sent, so the worker
/// only sees its own.
/// </summary>
public sealed class EmailTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return admin;
    }

    /// <summary>A customer in <paramref name="language"/> with contacts marked To, Cc, Bcc and one not marked, and a posted invoice.</summary>
    private static async Task<(JsonNode Customer, JsonNode Invoice, string Tag)> InvoicedCustomerAsync(HttpClient api, string language)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var customer = await api.CreateCustomerAsync(extra: new { language });
        foreach (var (first, role) in new[] { ("Anna", "to"), ("Ben", "cc"), ("Carl", "bcc"), ("Dora", "none") })
        {
            var response = await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/contacts",
                new { firstName = first, lastName = "Kunde", email = $"{first.ToLowerInvariant()}.{tag}@example.com", defaultRecipient = role });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("Beratung", 2, 600m, 19m));
        return (customer, await api.ActAsync("invoices", draft.Id(), "post"), tag);
    }

    private async Task OnlyNewMessagesAsync() =>
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, DateTime.UtcNow)));

    private static async Task DeliverAllAsync(OutboxWorker worker)
    {
        for (var i = 0; i < 100 && await worker.DeliverNextAsync(CancellationToken.None); i++)
        {
        }
    }

    [Fact]
    public async Task An_invoice_goes_to_the_default_contacts_in_german_with_its_pdf_and_shows_in_the_timeline_as_sent()
    {
        var api = await AdminAsync();
        await OnlyNewMessagesAsync();
        var (customer, invoice, tag) = await InvoicedCustomerAsync(api, "de");
        var number = invoice.Str("number");

        var response = await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var email = await response.ReadAsync();
        Assert.Equal($"Anna Kunde <anna.{tag}@example.com>", email.Str("to"));
        Assert.Equal($"Ben Kunde <ben.{tag}@example.com>", email.Str("cc"));
        Assert.Equal($"Carl Kunde <carl.{tag}@example.com>", email.Str("bcc"));
        Assert.Equal($"Rechnung {number} von Your Company", email.Str("subject"));
        Assert.Equal("queued", email.Str("status"));
        var timeline = (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/activity?kind=email"))["items"]![0]!;
        Assert.Equal($"Invoice {number} emailed to anna.{tag}@example.com, ben.{tag}@example.com", timeline.Str("summary"));
        Assert.Equal("queued", timeline.Str("emailStatus"));

        await DeliverAllAsync(app.Services.GetRequiredService<OutboxWorker>());

        var eml = Directory.GetFiles(app.Services.GetRequiredService<EmlFileTransport>().Folder, "*.eml")
            .Select(f => MimeMessage.Load(f)).Single(m => m.MessageId == $"outbox-{email.Id()}@customer-center");
        Assert.Equal($"Rechnung {number} von Your Company", eml.Subject);
        Assert.Contains($"anbei erhalten Sie die Rechnung {number} vom", eml.TextBody, StringComparison.Ordinal);
        Assert.Contains("über 1.428,00 EUR, zahlbar bis zum", eml.TextBody, StringComparison.Ordinal);
        var pdf = eml.Attachments.OfType<MimePart>().Single();
        Assert.Equal($"invoice-{number}.pdf", pdf.FileName);
        using (var bytes = new MemoryStream())
        {
            await pdf.Content!.DecodeToAsync(bytes);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes.ToArray(), 0, 5), StringComparison.Ordinal);
        }

        Assert.Equal("sent", (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/activity?kind=email"))["items"]![0]!.Str("emailStatus"));
        var onDocument = (await api.GetJsonAsync($"/api/v1/invoices/{invoice.Id()}/emails")).AsArray();
        Assert.Equal("sent", Assert.Single(onDocument)!.Str("status"));
    }

    [Fact]
    public async Task Quotes_credit_notes_and_statements_use_the_customers_language_and_english_where_no_template_exists()
    {
        var api = await AdminAsync();
        var french = await api.CreateCustomerAsync(extra: new { language = "fr" });
        var spanish = await api.CreateCustomerAsync(extra: new { language = "es" });
        var quote = await api.CreateDocumentAsync("quotes", spanish.Id(), Line("Plan", 1, 100m, 0m));
        quote = await api.ActAsync("quotes", quote.Id(), "send");
        var credit = await api.CreateDocumentAsync("credit-notes", french.Id(), Line("Remise", 1, 10m, 0m));
        credit = await api.ActAsync("credit-notes", credit.Id(), "post");

        var english = await (await api.PostJsonAsync($"/api/v1/quotes/{quote.Id()}/email", new { })).ReadAsync();
        Assert.Equal($"Quote {quote.Str("number")} from Your Company", english.Str("subject"));
        var avoir = await (await api.PostJsonAsync($"/api/v1/credit-notes/{credit.Id()}/email", new { })).ReadAsync();
        Assert.Equal($"Avoir {credit.Str("number")} de Your Company", avoir.Str("subject"));
        var statement = await api.PostJsonAsync($"/api/v1/customers/{french.Id()}/statement/email?from=2026-01-01&to=2026-12-31", new { });
        Assert.Equal(HttpStatusCode.Accepted, statement.StatusCode);
        var statementId = (await statement.ReadAsync()).Id();
        var message = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == statementId));
        Assert.Equal("Relevé de compte de Your Company", message.Subject);
        Assert.Contains("votre relevé de compte du 01/01/2026 au 31/12/2026", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("statement-", message.AttachmentName, StringComparison.Ordinal);
        Assert.EndsWith("<billing@example.com>", message.To, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipients_subject_and_text_can_be_changed_and_bad_recipients_are_400s_naming_the_field()
    {
        var api = await AdminAsync();
        var (customer, invoice, _) = await InvoicedCustomerAsync(api, "en");
        var mailless = await (await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/contacts", new { firstName = "No", lastName = "Mail" })).ReadAsync();
        var stranger = await api.CreateContactAsync((await api.CreateCustomerAsync()).Id(), "Stranger", "Elsewhere");
        var before = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());

        var noAddress = await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { to = new[] { new { contactId = mailless.Id() } } });
        Assert.Contains("has no email address", Assert.Single(await noAddress.FieldErrorsAsync("to[0].contactId")), StringComparison.Ordinal);
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { to = new[] { new { contactId = stranger.Id() } } })).FieldErrorsAsync("to[0].contactId"));
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { cc = new[] { new { email = "not-an-address" } } })).FieldErrorsAsync("cc[0].email"));
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { to = Array.Empty<object>() })).FieldErrorsAsync("to"));
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { subject = "Line\nbreak" })).FieldErrorsAsync("subject"));
        Assert.Equal(before, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        var sent = await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new
        {
            to = new object[] { new { email = "accounts@example.org", name = "Accounts, Payable <x>" } },
            cc = Array.Empty<object>(),
            subject = "Your invoice",
            body = "Hi,\n<b>not markup</b>\nThanks",
        });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var sentId = (await sent.ReadAsync()).Id();
        var message = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == sentId));
        Assert.Equal("Accounts Payable x <accounts@example.org>", message.To);
        Assert.Null(message.Cc);
        Assert.Contains("Carl", message.Bcc, StringComparison.Ordinal);
        Assert.Equal("Hi,\n<b>not markup</b>\nThanks", message.TextBody);
        Assert.Null(message.HtmlBody);
    }

    [Fact]
    public async Task A_draft_cannot_be_emailed_an_unknown_document_is_a_404_and_a_viewer_may_not_send()
    {
        var api = await AdminAsync();
        var customer = await api.CreateCustomerAsync();
        var draft = await api.CreateDocumentAsync("invoices", customer.Id(), Line("x", 1, 1m));

        Assert.Equal(HttpStatusCode.Conflict, (await api.PostJsonAsync($"/api/v1/invoices/{draft.Id()}/email", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync("/api/v1/invoices/999999999/email", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync($"/api/v1/quotes/{draft.Id()}/email", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync("/api/v1/customers/999999999/statement/email", new { })).StatusCode);
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/statement/email?from=yesterday", new { })).FieldErrorsAsync("from"));
        var viewer = await app.ApiAs(StaffRole.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync($"/api/v1/customers/{customer.Id()}/statement/email", new { })).StatusCode);
    }

    [Fact]
    public async Task A_worker_crashing_between_sending_and_marking_sent_loses_nothing_and_the_retry_sends_the_same_message_id()
    {
        var api = await AdminAsync();
        var (_, invoice, _) = await InvoicedCustomerAsync(api, "en");
        await OnlyNewMessagesAsync();
        var id = (await (await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { })).ReadAsync()).Id();
        var crashing = new CrashAfterSend();
        using var crashingApp = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMailTransport>(crashing)));

        await Assert.ThrowsAsync<OperationCanceledException>(() => crashingApp.Services.GetRequiredService<OutboxWorker>().DeliverNextAsync(CancellationToken.None));
        Assert.Null(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.SentAt).SingleAsync()));
        Assert.False(await app.Services.GetRequiredService<OutboxWorker>().DeliverNextAsync(CancellationToken.None));

        // The claim runs out; another instance sends it again: at least once, with the same Message-Id so mail systems can drop the copy.
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, DateTime.UtcNow.AddSeconds(-1))));
        await DeliverAllAsync(app.Services.GetRequiredService<OutboxWorker>());

        var stored = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id));
        Assert.NotNull(stored.SentAt);
        Assert.Equal(2, stored.Attempts);
        var eml = Directory.GetFiles(app.Services.GetRequiredService<EmlFileTransport>().Folder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.MessageId == $"outbox-{id}@customer-center");
        Assert.Equal(crashing.Sent.Single().MessageId, eml.MessageId);
    }

    [Fact]
    public async Task Through_smtp_a_failed_attempt_backs_off_and_is_retried_and_two_instances_send_each_message_once()
    {
        var api = await AdminAsync();
        var (_, invoice, tag) = await InvoicedCustomerAsync(api, "en");
        await OnlyNewMessagesAsync();
        var first = (await (await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { })).ReadAsync()).Id();

        // Nothing listens on the port yet: the attempt fails and the message waits.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using (var down = SmtpApp(port))
        {
            Assert.True(await down.Services.GetRequiredService<OutboxWorker>().DeliverNextAsync(CancellationToken.None));
        }

        var failed = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == first));
        Assert.Null(failed.SentAt);
        Assert.NotNull(failed.LastError);
        Assert.True(failed.AvailableAt > DateTime.UtcNow.AddSeconds(5));
        Assert.Equal("retrying", (await api.GetJsonAsync($"/api/v1/emails/{first}")).Str("status"));

        for (var i = 0; i < 9; i++)
        {
            await api.PostJsonAsync($"/api/v1/invoices/{invoice.Id()}/email", new { });
        }

        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == first).ExecuteUpdateAsync(s => s.SetProperty(m => m.AvailableAt, DateTime.UtcNow.AddSeconds(-1))));
        await using var sink = new SmtpSink();
        using var one = SmtpApp(sink.Port);
        using var two = SmtpApp(sink.Port);
        await Task.WhenAll(DeliverAllAsync(one.Services.GetRequiredService<OutboxWorker>()), DeliverAllAsync(two.Services.GetRequiredService<OutboxWorker>()));

        Assert.Equal(10, sink.Received.Count);
        Assert.Equal(10, sink.Received.Select(r => r.Message.MessageId).Distinct().Count());
        var received = sink.Received.Single(r => r.Message.MessageId == $"outbox-{first}@customer-center");
        Assert.Equal([$"anna.{tag}@example.com", $"ben.{tag}@example.com", $"carl.{tag}@example.com"], received.Recipients);
        Assert.Empty(received.Message.Bcc);
        Assert.Single(received.Message.Attachments);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }

    private WebApplicationFactory<Program> SmtpApp(int port) => app.WithWebHostBuilder(b => b
        .UseSetting("Smtp:Host", "127.0.0.1")
        .UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Smtp:Security", "None"));

    private sealed class CrashAfterSend : IMailTransport
    {
        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            Sent.Add(message);
            throw new OperationCanceledException("The process died right after the SMTP server accepted the message.");
        }
    }
}
