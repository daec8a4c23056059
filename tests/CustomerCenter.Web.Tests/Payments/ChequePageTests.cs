using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;
using static CustomerCenter.Web.Tests.Infrastructure.PaymentPages;

namespace CustomerCenter.Web.Tests.Payments;

/// <summary>The cheques page: received cheques are deposited or bounced from their rows.</summary>
public sealed class ChequePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_cheque_is_deposited_from_its_row_then_bounced_after_a_confirm_step()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var invoice = await api.PostedInvoiceAsync(customer.Id(), 100m);
        var number = "Q" + Guid.NewGuid().ToString("N")[..8];
        var cheque = await api.RecordPaymentAsync(new
        {
            customerId = customer.Id(),
            amount = 100m,
            method = "cheque",
            cheque = new { number, bank = "Big Bank" },
            allocations = new[] { new { invoiceId = invoice.Id(), amount = 100m } },
        });
        var page = await app.SignInAs(StaffRole.Finance);

        var received = await page.GetAsync("/cheques");
        Assert.NotNull(received.QuerySelector($"tr[data-cheque='{number}']"));
        var deposited = await page.SubmitAsync(received, $"@deposit-{cheque.Id()}");

        Assert.Contains($"Cheque {number} was deposited", deposited.Flash(), StringComparison.Ordinal);
        Assert.Null(deposited.QuerySelector($"tr[data-cheque='{number}']"));
        Assert.Equal(0m, await api.AmountDueAsync(invoice.Id()));

        var depositedTab = await page.GetAsync("/cheques?status=posted");
        var row = depositedTab.QuerySelector($"tr[data-cheque='{number}']")!;
        Assert.Equal("Deposited", row.QuerySelector(".badge")!.TextContent);
        var confirm = await page.GetAsync(new Uri(row.QuerySelector("a[href*='bounce=']")!.GetAttribute("href")!).PathAndQuery);
        Assert.Contains(number, confirm.QuerySelector(".card.confirm h2")!.TextContent, StringComparison.Ordinal);

        var bounced = await page.SubmitAsync(confirm, "@bounce-cheque", new Dictionary<string, string?> { ["Reason"] = "Insufficient funds" });

        Assert.Contains("bounced", bounced.Flash(), StringComparison.Ordinal);
        Assert.Null(bounced.QuerySelector(".card.confirm"));
        Assert.Equal(100m, await api.AmountDueAsync(invoice.Id()));
        var stored = await app.WithDbAsync(db => db.Payments.SingleAsync(p => p.Id == cheque.Id()));
        Assert.Equal(PaymentStatus.Bounced, stored.Status);
        Assert.Equal("Insufficient funds", stored.ReversalReason);
        Assert.NotNull((await page.GetAsync("/cheques?status=bounced")).QuerySelector($"tr[data-cheque='{number}']"));
    }

    [Fact]
    public async Task A_cheque_bounced_before_deposit_never_touches_the_ledger()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var number = "R" + Guid.NewGuid().ToString("N")[..8];
        var cheque = await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 40m, method = "cheque", cheque = new { number } });
        var page = await app.SignInAs(StaffRole.Finance);

        var list = await page.GetAsync("/cheques");
        var confirm = await page.GetAsync(new Uri(list.QuerySelector($"tr[data-cheque='{number}'] a[href*='bounce=']")!.GetAttribute("href")!).PathAndQuery);
        await page.SubmitAsync(confirm, "@bounce-cheque");

        Assert.Equal(PaymentStatus.Bounced, await app.WithDbAsync(db => db.Payments.Where(p => p.Id == cheque.Id()).Select(p => p.Status).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.PaymentId == cheque.Id())));
    }

    [Fact]
    public async Task A_viewer_sees_the_cheques_without_deposit_or_bounce_buttons()
    {
        var api = await app.FinanceApiAsync();
        var customer = await api.CreateCustomerAsync();
        var number = "V" + Guid.NewGuid().ToString("N")[..8];
        var cheque = await api.RecordPaymentAsync(new { customerId = customer.Id(), amount = 5m, method = "cheque", cheque = new { number } });
        var viewer = await app.SignInAs(StaffRole.Viewer);

        var list = await viewer.GetAsync($"/cheques?bounce={cheque.Id()}");

        var row = list.QuerySelector($"tr[data-cheque='{number}']")!;
        Assert.Empty(row.QuerySelectorAll("form, a[href*='bounce=']"));
        Assert.Null(list.QuerySelector(".card.confirm"));
        Assert.Equal(PaymentStatus.Received, await app.WithDbAsync(db => db.Payments.Where(p => p.Id == cheque.Id()).Select(p => p.Status).SingleAsync()));
    }
}
