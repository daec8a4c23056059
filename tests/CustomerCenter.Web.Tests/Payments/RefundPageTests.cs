using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;
using static CustomerCenter.Web.Tests.Infrastructure.PaymentPages;

namespace CustomerCenter.Web.Tests.Payments;

/// <summary>The refund form and list.</summary>
public sealed class RefundPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_refund_of_unapplied_credit_defaults_to_what_is_left_and_never_more()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 100m);
        var payment = await api.RecordPaymentAsync(Pay(customer.Id(), 130m, "bankTransfer", (invoice.Id(), 100m)));
        var page = await app.SignInAs(StaffRole.Finance);

        var form = await page.GetAsync($"/refunds/new?customerId={customer.Id()}&paymentId={payment.Id()}");
        Assert.Equal("30.00", form.QuerySelector("#amount")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector($"input[name='Form.Source'][value='payment-{payment.Id()}'][checked]"));

        var refused = await page.SubmitAsync(form, "@refund", new Dictionary<string, string?> { ["Form.Amount"] = "30.01" });
        Assert.Contains("larger than the credit left", refused.ErrorFor("amount"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Refunds.CountAsync(r => r.CustomerId == customer.Id())));

        var done = await page.SubmitAsync(refused, "@refund", new Dictionary<string, string?> { ["Form.Amount"] = "", ["Form.Reference"] = "To IBAN DE89" });

        Assert.Contains("was recorded", done.Flash(), StringComparison.Ordinal);
        var row = done.QuerySelector("table.refunds tbody tr")!;
        Assert.Contains(payment.Str("number"), row.TextContent, StringComparison.Ordinal);
        Assert.Contains(Money(30m), row.TextContent, StringComparison.Ordinal);
        Assert.Equal(0m, (await api.GetJsonAsync($"/api/v1/payments/{payment.Id()}")).Dec("unapplied"));
    }

    [Fact]
    public async Task An_open_credit_note_is_offered_and_refunded()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var note = await api.CreateDocumentAsync("credit-notes", customer.Id(), Line("Goodwill", 1, 15m, 0m));
        note = await api.ActAsync("credit-notes", note.Id(), "post");
        var page = await app.SignInAs(StaffRole.Finance);

        var form = await page.GetAsync($"/refunds/new?customerId={customer.Id()}");
        Assert.NotNull(form.QuerySelector($"input[name='Form.Source'][value='creditNote-{note.Id()}'][checked]"));
        await page.SubmitAsync(form, "@refund", new Dictionary<string, string?> { ["Form.Method"] = "cash" });

        var refund = await app.WithDbAsync(db => db.Refunds.SingleAsync(r => r.CustomerId == customer.Id()));
        Assert.Equal(1500, refund.AmountMinor);
        Assert.Equal(note.Id(), refund.CreditNoteId);
        var again = await page.GetAsync($"/refunds/new?customerId={customer.Id()}");
        Assert.Contains("no credit to pay back", again.QuerySelector(".flash.info")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_no_credit_is_refused_and_viewers_cannot_open_the_form()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        await api.RecordPaymentAsync(Pay(customer.Id(), 10m));
        await api.RecordPaymentAsync(Pay(customer.Id(), 20m));
        var page = await app.SignInAs(StaffRole.Finance);

        var form = await page.GetAsync($"/refunds/new?customerId={customer.Id()}");
        var refused = await page.SubmitAsync(form, "@refund", new Dictionary<string, string?> { ["Form.Amount"] = "5" });

        Assert.NotNull(refused.ErrorFor("paymentId"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Refunds.CountAsync(r => r.CustomerId == customer.Id())));
        var viewer = await app.SignInAs(StaffRole.Viewer);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await viewer.Http.GetAsync(new Uri("/refunds/new", UriKind.Relative))).StatusCode);
        Assert.Null((await viewer.GetAsync("/refunds")).QuerySelector("a[href^='/refunds/new']"));
    }
}
