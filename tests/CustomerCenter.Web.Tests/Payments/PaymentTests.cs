using System.Net;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Reports;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;

namespace CustomerCenter.Web.Tests.Payments;

public sealed class PaymentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> FinanceAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return await app.ApiAs(StaffRole.Finance);
    }

    [Fact]
    public async Task A_partial_payment_leaves_the_rest_due_and_an_overpayment_becomes_unapplied_credit()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);

        var first = await api.RecordPaymentAsync(Pay(customer.Id(), 30m, "bankTransfer", (invoice.Id(), 30m)));
        Assert.Matches(@"^PAY-\d{4}-\d{5}$", first.Str("number"));
        Assert.Equal(30m, first.Dec("applied"));
        Assert.Equal(70m, await api.AmountDueAsync(invoice.Id()));
        Assert.Equal("partlyPaid", (await api.GetJsonAsync($"/api/v1/invoices/{invoice.Id()}")).Str("status"));

        var second = await api.RecordPaymentAsync(Pay(customer.Id(), 80m, "card", (invoice.Id(), 70m)));
        Assert.Equal(10m, second.Dec("unapplied"));
        Assert.Equal("paid", (await api.GetJsonAsync($"/api/v1/invoices/{invoice.Id()}")).Str("status"));

        var balance = (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/balance")).AsArray().Single()!;
        Assert.Equal(-10m, balance.Dec("balance"));
        Assert.Equal(10m, balance.Dec("unappliedCredit"));
        Assert.Equal(80m, balance.Dec("lastPaymentAmount"));
    }

    [Fact]
    public async Task Unapplied_credit_can_be_applied_to_a_later_invoice()
    {
        var api = await FinanceAsync();
        var (customer, _) = await api.PostedInvoiceAsync(1m);
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 50m));
        var later = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", customer.Id(), Line("Later", 1, 20m, 0m))).Id(), "post");

        var applied = await api.PostJsonAsync($"/api/v1/payments/{payment.Id()}/allocations", new { allocations = new[] { new { invoiceId = later.Id(), amount = 20m } } });

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(30m, (await applied.ReadAsync()).Dec("unapplied"));
        Assert.Equal(0m, await api.AmountDueAsync(later.Id()));
        var tooMuch = await api.PostJsonAsync($"/api/v1/payments/{payment.Id()}/allocations", new { allocations = new[] { new { invoiceId = later.Id(), amount = 1m } } });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
    }

    [Theory]
    [InlineData("amount", 0, "EUR", "bankTransfer")]
    [InlineData("amount", -5, "EUR", "bankTransfer")]
    [InlineData("amount", 10.001, "EUR", "bankTransfer")]
    [InlineData("currency", 10, "XYZ", "bankTransfer")]
    [InlineData("method", 10, "EUR", null)]
    [InlineData("cheque.number", 10, "EUR", "cheque")]
    public async Task Bad_payments_are_refused_and_nothing_is_recorded(string field, decimal amount, string currency, string? method)
    {
        var api = await FinanceAsync();
        var customer = await api.CreateCustomerAsync();

        var response = await api.PostJsonAsync("/api/v1/payments", new { customerId = customer.Id(), amount, currency, method });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        Assert.Equal(0, await app.WithDbAsync(db => db.Payments.CountAsync(p => p.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task Allocations_to_another_customers_invoice_in_another_currency_or_beyond_what_is_open_are_refused()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var (_, foreign) = await api.PostedInvoiceAsync(100m);
        var (usdCustomer, usd) = await api.PostedInvoiceAsync(100m, currency: "USD");

        var other = await api.PostJsonAsync("/api/v1/payments", Pay(customer.Id(), 10m, "cash", (foreign.Id(), 10m)));
        Assert.NotEmpty(await other.FieldErrorsAsync("allocations[0].invoiceId"));
        var over = await api.PostJsonAsync("/api/v1/payments", Pay(customer.Id(), 500m, "cash", (invoice.Id(), 100.01m)));
        Assert.NotEmpty(await over.FieldErrorsAsync("allocations[0].amount"));
        var beyondPayment = await api.PostJsonAsync("/api/v1/payments", Pay(customer.Id(), 10m, "cash", (invoice.Id(), 20m)));
        Assert.Equal(HttpStatusCode.BadRequest, beyondPayment.StatusCode);
        var currency = await api.PostJsonAsync("/api/v1/payments", new { customerId = usdCustomer.Id(), amount = 10m, currency = "EUR", method = "cash", allocations = new[] { new { invoiceId = usd.Id(), amount = 10m } } });
        Assert.Equal(HttpStatusCode.BadRequest, currency.StatusCode);

        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Payments.CountAsync(p => p.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task A_reversal_reopens_the_invoices_keeps_both_entries_and_cannot_happen_twice()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 100m, "bankTransfer", (invoice.Id(), 100m)));

        var reversed = await api.ActAsync("payments", payment.Id(), "reverse", new { reason = "Wrong customer" });

        Assert.Equal("reversed", reversed.Str("status"));
        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
        Assert.Equal("posted", (await api.GetJsonAsync($"/api/v1/invoices/{invoice.Id()}")).Str("status"));
        var entries = await app.WithDbAsync(db => db.LedgerEntries.Where(e => e.PaymentId == payment.Id()).Select(e => e.AmountMinor).ToListAsync());
        Assert.Equal([-10000L, 10000L], entries.Order());
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("payments", payment.Id(), "reverse")).StatusCode);
        Assert.Equal(100m, (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/balance")).AsArray().Single()!.Dec("balance"));
    }

    [Fact]
    public async Task A_cheque_is_received_then_deposited_and_a_bounced_one_reopens_its_invoices()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var cheque = await api.RecordPaymentAsync(new
        {
            customerId = customer.Id(),
            amount = 100m,
            method = "cheque",
            cheque = new { number = "000123", bank = "Big Bank" },
            allocations = new[] { new { invoiceId = invoice.Id(), amount = 100m } },
        });
        Assert.Equal("received", cheque.Str("status"));
        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
        Assert.Equal(0, await app.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.PaymentId == cheque.Id())));
        var received = await api.GetJsonAsync($"/api/v1/cheques?customerId={customer.Id()}");
        Assert.Equal("000123", received["items"]![0]!["chequeNumber"]!.GetValue<string>());

        var deposited = await api.ActAsync("cheques", cheque.Id(), "deposit", new { });
        Assert.Equal("posted", deposited.Str("status"));
        Assert.Equal(0m, await api.AmountDueAsync(invoice.Id()));

        var bounced = await api.ActAsync("cheques", cheque.Id(), "bounce", new { reason = "Insufficient funds" });
        Assert.Equal("bounced", bounced.Str("status"));
        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
        Assert.Equal(100m, (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/balance")).AsArray().Single()!.Dec("balance"));
        Assert.Equal(HttpStatusCode.Conflict, (await api.TryActAsync("cheques", cheque.Id(), "deposit", new { })).StatusCode);
    }

    [Fact]
    public async Task Bouncing_an_undeposited_cheque_checks_reason_and_date_like_any_other_bounce()
    {
        var api = await FinanceAsync();
        var customer = await api.CreateCustomerAsync();
        var cheque = await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 10m, method = "cheque", cheque = new { number = "77" } });

        var tooLong = await api.TryActAsync("cheques", cheque.Id(), "bounce", new { reason = new string('x', 501) });
        var tooOld = await api.TryActAsync("cheques", cheque.Id(), "bounce", new { date = "1999-12-31" });

        Assert.NotEmpty(await tooLong.FieldErrorsAsync("reason"));
        Assert.NotEmpty(await tooOld.FieldErrorsAsync("date"));
        Assert.Equal("received", (await api.GetJsonAsync($"/api/v1/payments/{cheque.Id()}")).Str("status"));
        var bounced = await api.ActAsync("cheques", cheque.Id(), "bounce", new { date = cheque.Str("date"), reason = "Stopped" });
        Assert.Equal("bounced", bounced.Str("status"));
    }

    [Fact]
    public async Task Refunds_pay_back_credit_but_never_more_than_is_left()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 130m, "bankTransfer", (invoice.Id(), 100m)));

        var tooMuch = await api.PostJsonAsync("/api/v1/refunds", new { customerId = customer.Id(), paymentId = payment.Id(), amount = 30.01m, method = "bankTransfer" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.NotEmpty(await tooMuch.FieldErrorsAsync("amount"));

        var refund = await api.PostJsonAsync("/api/v1/refunds", new { customerId = customer.Id(), paymentId = payment.Id(), amount = 30m, method = "bankTransfer", reference = "IBAN" });
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        Assert.Matches(@"^RF-\d{4}-\d{4}$", (await refund.ReadAsync()).Str("number"));
        Assert.Equal(0m, (await api.GetJsonAsync($"/api/v1/payments/{payment.Id()}")).Dec("unapplied"));
        Assert.Equal(0m, (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/balance")).AsArray().Single()!.Dec("balance"));

        var note = await api.CreateDocumentAsync("credit-notes", customer.Id(), Line("Goodwill", 1, 15m, 0m));
        await api.ActAsync("credit-notes", note.Id(), "post");
        var fromNote = await api.PostJsonAsync("/api/v1/refunds", new { customerId = customer.Id(), creditNoteId = note.Id(), amount = 15m, method = "cash" });
        Assert.Equal(HttpStatusCode.Created, fromNote.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostJsonAsync("/api/v1/refunds", new { customerId = customer.Id(), creditNoteId = note.Id(), amount = 1m, method = "cash" })).StatusCode);
    }

    [Fact]
    public async Task Fifty_parallel_payments_of_ten_against_an_invoice_of_one_hundred_apply_exactly_one_hundred()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            api.PostJsonAsync("/api/v1/payments", Pay(customer.Id(), 10m, "bankTransfer", (invoice.Id(), 10m)))));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, r.StatusCode.ToString()));
        var payments = await app.WithDbAsync(db => db.Payments.Where(p => p.CustomerId == customer.Id()).ToListAsync());
        var allocated = await app.WithDbAsync(db => db.Allocations.Where(a => a.CustomerId == customer.Id()).SumAsync(a => a.AmountMinor));
        Assert.Equal(10000, allocated);
        Assert.Equal(0m, await api.AmountDueAsync(invoice.Id()));
        Assert.Equal(payments.Sum(p => p.AmountMinor) - 10000, payments.Sum(p => p.UnappliedMinor));
        Assert.True(payments.Count >= 10);
        await AssertSummaryMatchesLedgerAsync(customer.Id());
    }

    [Fact]
    public async Task Payments_recorded_while_the_aging_summary_is_rebuilt_all_count_in_it()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var payments = Enumerable.Range(0, 20).Select(_ =>
            api.PostJsonAsync("/api/v1/payments", Pay(customer.Id(), 3m, "bankTransfer", (invoice.Id(), 3m)))).ToList();
        var rebuilds = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.Scope();
            await CustomerAgingSummary.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), today, default);
        }).ToList();
        await Task.WhenAll([.. payments, .. rebuilds]);

        Assert.All(payments, r => Assert.Equal(HttpStatusCode.Created, r.Result.StatusCode));
        Assert.Equal(40m, await api.AmountDueAsync(invoice.Id()));
        await AssertSummaryMatchesLedgerAsync(customer.Id());
    }

    [Fact]
    public async Task Twenty_retries_of_one_idempotency_key_record_one_payment_and_answer_the_same()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(100m);
        var key = Guid.NewGuid().ToString();
        var body = System.Text.Json.JsonSerializer.Serialize(Pay(customer.Id(), 25m, "bankTransfer", (invoice.Id(), 25m)), Json.Options);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", key);
            return api.SendAsync(request);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadAsync()).Id()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Payments.CountAsync(p => p.CustomerId == customer.Id())));
        Assert.Equal(75m, await api.AmountDueAsync(invoice.Id()));

        var changed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments") { Content = new StringContent(body.Replace("25", "26", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json") };
        changed.Headers.Add("Idempotency-Key", key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.SendAsync(changed)).StatusCode);
    }

    [Fact]
    public async Task The_customer_list_and_page_show_and_sort_by_balance()
    {
        var api = await FinanceAsync();
        var (customer, invoice) = await api.PostedInvoiceAsync(250m);
        await api.RecordPaymentAsync(Pay(customer.Id(), 50m, "cash", (invoice.Id(), 50m)));

        var list = await api.GetJsonAsync($"/api/v1/customers?sort=-balance&pageSize=200");
        var first = list["items"]!.AsArray().First(i => i!["id"]!.GetValue<long>() == customer.Id())!;
        Assert.Equal(200m, first.Dec("balance"));
        var balances = list["items"]!.AsArray().Select(i => i!.Dec("balance")).ToList();
        Assert.Equal(balances.OrderDescending(), balances);

        var page = await app.SignInAs(StaffRole.Viewer);
        var detail = await page.GetAsync($"/customers/{customer.Id()}");
        Assert.Contains("200.00 EUR", detail.QuerySelector("#balance")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_finance_and_admins_record_payments()
    {
        var sales = await app.ApiAs(StaffRole.Sales);
        var customer = await sales.CreateCustomerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostJsonAsync("/api/v1/payments", Pay(customer.Id(), 10m))).StatusCode);
    }

    private async Task AssertSummaryMatchesLedgerAsync(long customerId)
    {
        var ledger = await app.WithDbAsync(db => db.LedgerEntries.Where(e => e.CustomerId == customerId).GroupBy(e => e.Currency)
            .Select(g => new { g.Key, Sum = g.Sum(e => e.AmountMinor) }).ToDictionaryAsync(g => g.Key, g => g.Sum));
        var summary = await app.WithDbAsync(db => db.CustomerBalances.Where(b => b.CustomerId == customerId).ToDictionaryAsync(b => b.Currency, b => b.BalanceMinor));
        Assert.Equal(ledger, summary);
        await Reports.AgingSummaryTruth.AssertEqualsLedgerAsync(app, customerId);
    }
}
