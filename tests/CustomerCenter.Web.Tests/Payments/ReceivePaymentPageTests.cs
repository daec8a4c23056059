using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.PaymentPages;

namespace CustomerCenter.Web.Tests.Payments;

/// <summary>The Receive payment form, driven like a browser without script.</summary>
public sealed class ReceivePaymentPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Suggest_oldest_first_fills_the_apply_amounts_and_saving_pays_the_oldest_invoice_first()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var older = await api.PostedInvoiceAsync(customer.Id(), 100m, daysAgo: 60);
        var newer = await api.PostedInvoiceAsync(customer.Id(), 50m, daysAgo: 10);
        var page = await app.SignInAs(StaffRole.Finance);

        var form = await page.GetAsync($"/payments/new?customerId={customer.Id()}");
        Assert.NotNull(form.QuerySelector($"a[href='/invoices/{older.Id()}']"));
        var suggested = await page.SubmitAsync(form, "@payment", new Dictionary<string, string?> { ["Form.Amount"] = "120" }, "Form.Action", "suggest");

        Assert.Equal("100.00", suggested.ApplyValue(older.Id()));
        Assert.Equal("20.00", suggested.ApplyValue(newer.Id()));
        Assert.Contains(Money(0m), suggested.QuerySelector("#allocation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Payments.CountAsync(p => p.CustomerId == customer.Id())));

        var saved = await page.SubmitAsync(suggested, "@payment", submitName: "Form.Action", submitValue: "save");

        Assert.StartsWith("Payment PAY-", saved.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("was recorded", saved.Flash(), StringComparison.Ordinal);
        Assert.Equal(0m, await api.AmountDueAsync(older.Id()));
        Assert.Equal(30m, await api.AmountDueAsync(newer.Id()));
        Assert.NotNull(saved.QuerySelector($"#allocations a[href='/invoices/{newer.Id()}']"));
    }

    [Fact]
    public async Task A_partial_allocation_leaves_the_rest_of_the_payment_as_unapplied_credit()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 100m);
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/payments/new?customerId={customer.Id()}");

        var saved = await page.SubmitAsync(form, "@payment", new Dictionary<string, string?>
        {
            ["Form.Amount"] = "80",
            ["Form.Method"] = "card",
            ["Form.Reference"] = "Slip 4711",
            [form.ApplyField(invoice.Id())] = "50",
        });

        var payment = await app.WithDbAsync(db => db.Payments.SingleAsync(p => p.CustomerId == customer.Id()));
        Assert.Equal(PaymentMethod.Card, payment.Method);
        Assert.Equal("Slip 4711", payment.Reference);
        Assert.Equal(3000, payment.UnappliedMinor);
        Assert.Equal(50m, await api.AmountDueAsync(invoice.Id()));
        Assert.Contains(Money(30m), saved.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_entries_come_back_beside_their_fields_and_nothing_is_stored()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 100m);
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/payments/new?customerId={customer.Id()}");

        var typos = await page.SubmitAsync(form, "@payment", new Dictionary<string, string?>
        {
            ["Form.Amount"] = "lots",
            ["Form.Date"] = "yesterday",
            [form.ApplyField(invoice.Id())] = "ten",
        });
        Assert.NotNull(typos.ErrorFor("amount"));
        Assert.NotNull(typos.ErrorFor("date"));
        Assert.NotNull(typos.ErrorFor("allocations[0].amount"));
        Assert.Equal("lots", typos.QuerySelector("#amount")!.GetAttribute("value"));
        Assert.Contains("Nothing was saved", typos.QuerySelector(".flash.error")!.TextContent, StringComparison.Ordinal);

        var tooMuch = await page.SubmitAsync(typos, "@payment", new Dictionary<string, string?>
        {
            ["Form.Amount"] = "500",
            ["Form.Date"] = Today(),
            [typos.ApplyField(invoice.Id())] = "100.01",
        });
        Assert.Contains("Only 100.00 EUR is open", tooMuch.ErrorFor("allocations[0].amount"), StringComparison.Ordinal);

        var cheque = await page.SubmitAsync(tooMuch, "@payment", new Dictionary<string, string?>
        {
            ["Form.Amount"] = "10.001",
            ["Form.Method"] = "cheque",
            [tooMuch.ApplyField(invoice.Id())] = "",
        });
        Assert.NotNull(cheque.ErrorFor("amount"));
        Assert.NotNull(cheque.ErrorFor("cheque.number"));

        Assert.Equal(0, await app.WithDbAsync(db => db.Payments.CountAsync(p => p.CustomerId == customer.Id())));
        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
    }

    [Fact]
    public async Task From_an_invoice_the_form_comes_with_its_customer_currency_and_open_amount()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync(currency: "USD");
        await api.PostedInvoiceAsync(customer.Id(), 10m, daysAgo: 90);
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 75.5m);
        var page = await app.SignInAs(StaffRole.Finance);

        var form = await page.GetAsync($"/payments/new?invoiceId={invoice.Id()}");

        Assert.Equal("75.50", form.QuerySelector("#amount")!.GetAttribute("value"));
        Assert.Equal("USD", form.QuerySelector("#currency option[selected]")!.GetAttribute("value"));
        Assert.Equal("75.50", form.ApplyValue(invoice.Id()));
        await page.SubmitAsync(form, "@payment");
        Assert.Equal(0m, await api.AmountDueAsync(invoice.Id()));
    }

    [Fact]
    public async Task The_same_form_posted_twice_records_one_payment()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var page = await app.SignInAs(StaffRole.Finance);
        var form = await page.GetAsync($"/payments/new?customerId={customer.Id()}");
        var values = new Dictionary<string, string?> { ["Form.Amount"] = "42" };

        var first = await page.SubmitAsync(form, "@payment", values);
        var second = await page.SubmitAsync(form, "@payment", values);

        Assert.Equal(first.Url, second.Url);
        Assert.Contains("sent twice", second.Flash(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Payments.CountAsync(p => p.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task Without_a_customer_the_form_asks_for_one_first()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync("Pickable Payer GmbH");
        var page = await app.SignInAs(StaffRole.Finance);

        var picker = await page.GetAsync("/payments/new?customerSearch=pickable");
        var link = picker.QuerySelectorAll(".pick-list a").Single(a => a.TextContent == "Pickable Payer GmbH").GetAttribute("href")!;
        var form = await page.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(customer.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("input[name='Form.CustomerId']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Roles_without_finance_cannot_open_the_form()
    {
        foreach (var role in new[] { StaffRole.Viewer, StaffRole.Sales })
        {
            var page = await app.SignInAs(role);
            var response = await page.Http.GetAsync(new Uri("/payments/new", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }
}
