using System.Globalization;
using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;

namespace CustomerCenter.Web.Tests.Payments;

/// <summary>
/// Statements are checked against an independent computation on generated histories: the closing
/// balance equals the ledger summed up to the end date, the sum of the aging strip and of the open items.
/// </summary>
public sealed class StatementTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task On_a_generated_history_statement_closing_equals_ledger_balance_and_aging_total(int seed)
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var api = await app.ApiAs(StaffRole.Finance);
        var customer = await api.CreateCustomerAsync(extra: new { paymentTermsDays = 30 });
        var random = new Random(seed);
        var start = new DateOnly(2025, 1, 1);
        var invoices = new List<long>();
        var payments = new List<long>();
        for (var step = 0; step < 25; step++)
        {
            var date = start.AddDays(step * 12);
            var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            switch (random.Next(6))
            {
                case 0 or 1:
                    var draft = await api.CreateDocumentAsync("invoices", new { customerId = customer.Id(), date = dateText, lines = new[] { Line("Work", random.Next(1, 5), random.Next(10, 300), 19m) } });
                    invoices.Add((await api.ActAsync("invoices", draft.Id(), "post")).Id());
                    break;
                case 2 when invoices.Count > 0:
                    var target = invoices[random.Next(invoices.Count)];
                    var due = await api.AmountDueAsync(target);
                    var amount = Math.Round(due * (decimal)random.NextDouble() + random.Next(0, 20), 2);
                    var response = await api.PostJsonAsync("/api/v1/payments", new
                    {
                        customerId = customer.Id(),
                        date = dateText,
                        amount = Math.Max(amount, 1m),
                        method = "bankTransfer",
                        allocations = due > 0 ? new[] { new { invoiceId = target, amount = Math.Min(due, Math.Max(amount, 1m)) } } : [],
                    });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        payments.Add((await response.ReadAsync()).Id());
                    }

                    break;
                case 3 when payments.Count > 0:
                    await api.TryActAsync("payments", payments[random.Next(payments.Count)], "reverse", new { date = dateText });
                    break;
                case 4 when invoices.Count > 0:
                    var credited = invoices[random.Next(invoices.Count)];
                    var open = await api.AmountDueAsync(credited);
                    if (open >= 1)
                    {
                        var note = await api.CreateDocumentAsync("credit-notes", new { customerId = customer.Id(), invoiceId = credited, date = dateText, lines = new[] { Line("Credit", 1, Math.Round(open / 2 / 1.19m, 2), 19m) } });
                        await api.ActAsync("credit-notes", note.Id(), "post");
                    }

                    break;
                default:
                    var cheque = await api.PostJsonAsync("/api/v1/payments", new { customerId = customer.Id(), date = dateText, amount = 50m, method = "cheque", cheque = new { number = $"CH{step}" } });
                    var chequeId = (await cheque.ReadAsync()).Id();
                    await api.ActAsync("cheques", chequeId, "deposit", new { date = dateText });
                    if (random.Next(2) == 0)
                    {
                        await api.ActAsync("cheques", chequeId, "bounce", new { date = dateText });
                    }

                    break;
            }
        }

        foreach (var asOf in new[] { start.AddDays(100), start.AddDays(200), start.AddDays(400) })
        {
            var to = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var statement = await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/statement?from=2025-01-01&to={to}");
            var ledger = await app.WithDbAsync(db => db.LedgerEntries.Where(e => e.CustomerId == customer.Id() && e.Date <= asOf).SumAsync(e => e.AmountMinor));
            var closing = statement.Dec("closingBalance");
            Assert.Equal(ledger / 100m, closing);
            Assert.Equal(closing, statement["aging"]!.Dec("total"));
            Assert.Equal(closing, statement["aging"]!["amounts"]!.AsArray().Sum(a => a!.GetValue<decimal>()));
            Assert.Equal(closing, statement["openItems"]!.AsArray().Sum(i => i!.Dec("openAmount")));
            var lines = statement["lines"]!.AsArray();
            var running = statement.Dec("openingBalance") + lines.Sum(l => l!.Dec("debit") - l!.Dec("credit"));
            Assert.Equal(closing, running);
        }

        var ledgerNow = await app.WithDbAsync(db => db.LedgerEntries.Where(e => e.CustomerId == customer.Id()).SumAsync(e => e.AmountMinor));
        var summary = await app.WithDbAsync(db => db.CustomerBalances.Where(b => b.CustomerId == customer.Id()).SumAsync(b => b.BalanceMinor));
        Assert.Equal(ledgerNow, summary);
        var openInvoices = await app.WithDbAsync(db => db.SalesDocuments.Where(d => d.CustomerId == customer.Id() && d.Kind == Features.Sales.DocumentKind.Invoice).SumAsync(d => d.OpenMinor));
        var credits = await app.WithDbAsync(async db =>
            await db.Payments.Where(p => p.CustomerId == customer.Id() && p.Status == Features.Payments.PaymentStatus.Posted).SumAsync(p => p.UnappliedMinor)
            + await db.SalesDocuments.Where(d => d.CustomerId == customer.Id() && d.Kind == Features.Sales.DocumentKind.CreditNote).SumAsync(d => d.OpenMinor));
        Assert.Equal(ledgerNow, openInvoices - credits);
    }

    [Fact]
    public async Task The_statement_pdf_shows_the_customer_and_the_closing_balance()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var api = await app.ApiAs(StaffRole.Finance);
        var customer = await api.CreateCustomerAsync("Statement Reader AG");
        var invoice = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", customer.Id(), Line("Work", 1, 1234.5m, 0m))).Id(), "post");
        await api.RecordPaymentAsync(Pay(customer.Id(), 234.5m, "bankTransfer", (invoice.Id(), 234.5m)));

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/customers/{customer.Id()}/statement");
        request.Headers.Accept.ParseAdd("application/pdf");
        var response = await api.SendAsync(request);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Statement Reader AG", text, StringComparison.Ordinal);
        Assert.Contains("1,000.00", text, StringComparison.Ordinal);
        Assert.Contains(invoice.Str("number"), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("to=2024-01-01&from=2025-01-01", "to")]
    [InlineData("currency=XYZ", "currency")]
    [InlineData("buckets=90,30", "buckets")]
    public async Task Bad_statement_parameters_are_refused(string query, string field)
    {
        var api = await app.ApiAs(StaffRole.Viewer);
        var customer = await (await app.ApiAs(StaffRole.Sales)).CreateCustomerAsync();
        var response = await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/statement?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/customers/99999999/statement", UriKind.Relative))).StatusCode);
    }
}
