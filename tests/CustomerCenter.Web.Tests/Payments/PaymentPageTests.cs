using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;
using static CustomerCenter.Web.Tests.Infrastructure.PaymentPages;

namespace CustomerCenter.Web.Tests.Payments;

/// <summary>The payment list and a payment's page with its actions: apply credit, reverse.</summary>
public sealed class PaymentPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Unapplied_credit_is_applied_from_the_payment_page_with_a_suggestion()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 100m));
        var first = await api.PostedInvoiceAsync(customer.Id(), 60m, daysAgo: 40);
        var second = await api.PostedInvoiceAsync(customer.Id(), 70m, daysAgo: 5);
        var page = await app.SignInAs(StaffRole.Finance);

        var view = await page.GetAsync($"/payments/{payment.Id()}");
        var suggested = await page.SubmitAsync(view, "@apply-credit", submitName: "Apply.Action", submitValue: "suggest");
        Assert.Equal("60.00", suggested.ApplyValue(first.Id()));
        Assert.Equal("40.00", suggested.ApplyValue(second.Id()));

        var applied = await page.SubmitAsync(suggested, "@apply-credit", new Dictionary<string, string?> { [suggested.ApplyField(second.Id())] = "25" },
            "Apply.Action", "apply");

        Assert.Equal("The credit was applied.", applied.Flash());
        Assert.Equal(0m, await api.AmountDueAsync(first.Id()));
        Assert.Equal(45m, await api.AmountDueAsync(second.Id()));
        Assert.Equal(1500, await app.WithDbAsync(db => db.Payments.Where(p => p.Id == payment.Id()).Select(p => p.UnappliedMinor).SingleAsync()));
        Assert.Equal(2, applied.QuerySelectorAll("#allocations tbody tr").Length);
    }

    [Fact]
    public async Task Applying_more_credit_than_is_left_is_refused_beside_the_invoice()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 20m));
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 60m);
        var page = await app.SignInAs(StaffRole.Finance);
        var view = await page.GetAsync($"/payments/{payment.Id()}");

        var refused = await page.SubmitAsync(view, "@apply-credit", new Dictionary<string, string?> { [view.ApplyField(invoice.Id())] = "30" }, "Apply.Action", "apply");

        Assert.NotNull(refused.ErrorFor("allocations"));
        Assert.Equal(60m, await api.AmountDueAsync(invoice.Id()));
    }

    [Fact]
    public async Task Reversing_asks_to_confirm_then_reopens_the_invoice_and_keeps_the_reason()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 100m);
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 100m, "bankTransfer", (invoice.Id(), 100m)));
        var page = await app.SignInAs(StaffRole.Finance);

        var view = await page.GetAsync($"/payments/{payment.Id()}");
        Assert.Null(view.QuerySelector("form input[name='_handler'][value='reverse-payment']"));
        var confirm = await page.GetAsync(view.QuerySelector("a[href$='?confirm=reverse']")!.GetAttribute("href")!);
        Assert.Contains("Reverse this payment?", confirm.QuerySelector(".card.confirm h2")!.TextContent, StringComparison.Ordinal);

        var reversed = await page.SubmitAsync(confirm, "@reverse-payment", new Dictionary<string, string?> { ["Reason"] = "Wrong customer" });

        Assert.Contains("reversed", reversed.Flash(), StringComparison.Ordinal);
        Assert.Equal("Reversed", reversed.QuerySelector(".subtitle .badge")!.TextContent);
        Assert.Contains("Wrong customer", reversed.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Null(reversed.QuerySelector("a[href$='?confirm=reverse']"));
        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
    }

    [Fact]
    public async Task A_viewer_sees_payments_without_controls_and_a_posted_action_changes_nothing()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 100m);
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 150m, "bankTransfer", (invoice.Id(), 100m)));
        await api.PostedInvoiceAsync(customer.Id(), 10m);
        var viewer = await app.SignInAs(StaffRole.Viewer);

        var list = await viewer.GetAsync("/payments");
        Assert.Null(list.QuerySelector("a[href^='/payments/new']"));
        var view = await viewer.GetAsync($"/payments/{payment.Id()}?confirm=reverse");
        Assert.Null(view.QuerySelector("a[href$='?confirm=reverse']"));
        Assert.Null(view.QuerySelector(".card.confirm"));
        Assert.Empty(view.QuerySelectorAll("input[name='_handler']"));

        // A hand-made post, with the viewer's own antiforgery token from the sign-out form.
        var token = view.QuerySelector("form[action='/logout'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await viewer.Http.PostAsync(new Uri($"/payments/{payment.Id()}?confirm=reverse", UriKind.Relative), new FormUrlEncodedContent(
            [new("_handler", "reverse-payment"), new("__RequestVerificationToken", token), new("Reason", "viewer")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(PaymentStatus.Posted, await app.WithDbAsync(db => db.Payments.Where(p => p.Id == payment.Id()).Select(p => p.Status).SingleAsync()));
        Assert.Equal(0m, await api.AmountDueAsync(invoice.Id()));
    }

    [Fact]
    public async Task Unknown_payments_answer_not_found()
    {
        var page = await app.SignInAs(StaffRole.Viewer);
        Assert.Equal("Not found", (await page.GetAsync("/payments/99999999", HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_list_filters_sorts_and_exports_what_it_shows()
    {
        var api = await app.FinanceApiAsync();
        var tag = "Lister" + Guid.NewGuid().ToString("N")[..6];
        var customer = await api.CreateCustomerAsync($"{tag} Trading");
        await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 10m, method = "bankTransfer", date = Today(-3) });
        await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 30m, method = "cash", date = Today(-2) });
        await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 20m, method = "cheque", date = Today(-1), cheque = new { number = "CHQ-1" } });
        var page = await app.SignInAs(StaffRole.Viewer);

        var byAmount = await page.GetAsync($"/payments?search={tag}&sort=amount");
        Assert.Equal([Money(10m), Money(20m), Money(30m)], Amounts(byAmount));
        var newestFirst = await page.GetAsync($"/payments?search={tag}");
        Assert.Equal([Money(20m), Money(30m), Money(10m)], Amounts(newestFirst));
        Assert.Equal([Money(30m)], Amounts(await page.GetAsync($"/payments?search={tag}&method=cash")));
        Assert.Equal([Money(20m)], Amounts(await page.GetAsync($"/payments?search={tag}&status=received")));
        Assert.Equal([Money(30m), Money(10m)], Amounts(await page.GetAsync($"/payments?search={tag}&from={Today(-3)}&to={Today(-2)}")));
        Assert.Equal([Money(20m), Money(30m), Money(10m)], Amounts(await page.GetAsync($"/payments?customerId={customer.Id()}")));
        Assert.NotNull((await page.GetAsync($"/payments?search={tag}&status=nonsense")).QuerySelector(".flash.error"));

        var filtered = await page.GetAsync($"/payments?search={tag}&sort=-amount&method=cash");
        var link = filtered.QuerySelector("a[href^='/payments/export.csv']")!.GetAttribute("href")!;
        var csv = await (await page.Http.GetAsync(new Uri(link, UriKind.Relative))).Content.ReadAsStringAsync();
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains("30.00", rows[1], StringComparison.Ordinal);
        Assert.Contains("Cash", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_column_choice_of_the_list_is_remembered()
    {
        var page = await app.SignInAs(StaffRole.Viewer);
        var list = await page.GetAsync("/payments");
        Assert.NotNull(list.QuerySelector("th a[href*='sort=customer']"));

        await page.SubmitAsync(list, "@payment-columns", new Dictionary<string, string?> { ["columns"] = null },
            extra: [new("columns", "date"), new("columns", "cheque")]);

        var again = await page.GetAsync("/payments");
        Assert.Null(again.QuerySelector("th a[href*='sort=customer']"));
        Assert.Contains("Cheque number", again.QuerySelector("table.data thead")!.TextContent, StringComparison.Ordinal);
    }

    private static List<string> Amounts(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var headers = page.QuerySelectorAll("table.data thead th").Select(th => th.TextContent.Trim().TrimEnd('▲', '▼', ' ')).ToList();
        var column = headers.IndexOf("Amount");
        return [.. page.QuerySelectorAll("table.data tbody tr").Where(r => r.Children.Length > column)
            .Select(r => r.Children[column].TextContent.Trim())];
    }
}
