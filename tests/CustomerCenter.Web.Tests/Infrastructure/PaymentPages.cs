using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using CustomerCenter.Web.Features.Identity;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>Set-up and look-ups shared by the payment page tests.</summary>
public static class PaymentPages
{
    /// <summary>A Finance API client on a database with the usual tax rates.</summary>
    public static async Task<HttpClient> FinanceApiAsync(this AppFactory app)
    {
        await (await app.ApiAs(StaffRole.Admin)).EnsureTaxRatesAsync();
        return await app.ApiAs(StaffRole.Finance);
    }

    /// <summary>A posted invoice without tax dated <paramref name="daysAgo"/> days back (due 30 days after).</summary>
    public static async Task<JsonNode> PostedInvoiceAsync(this HttpClient api, long customerId, decimal amount, int daysAgo = 0)
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var draft = await api.CreateDocumentAsync("invoices", new { customerId, date, lines = new[] { Line("Services", 1, amount, 0m) } });
        return await api.ActAsync("invoices", draft.Id(), "post");
    }

    /// <summary>The name of the "apply" box beside an invoice (its index follows the order the page lists the invoices in).</summary>
    public static string ApplyField(this IHtmlDocument page, long invoiceId) =>
        page.QuerySelector($"#apply-{invoiceId}")?.GetAttribute("name") ?? throw new InvalidOperationException($"No apply box for invoice {invoiceId}.");

    public static string? ApplyValue(this IHtmlDocument page, long invoiceId) =>
        page.QuerySelector($"#apply-{invoiceId}")?.GetAttribute("value");

    /// <summary>The message beside a field, by its API name (FieldError's id).</summary>
    public static string? ErrorFor(this IHtmlDocument page, string field) =>
        page.QuerySelectorAll(".field-error").FirstOrDefault(e => e.Id == $"error-{field}")?.TextContent;

    public static string? Flash(this IHtmlDocument page, string kind = "success") =>
        page.QuerySelector($".flash.{kind}")?.TextContent;

    public static string Money(decimal amount, string currency = "EUR") =>
        CustomerCenter.Domain.Money.RoundFromDecimal(amount, currency).Format();

    public static string Today(int plusDays = 0) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
