using System.Text.Json;
using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>Status names as stored and shown in the API (camel case of the domain's enums).</summary>
public static class DocumentStatuses
{
    public const string Draft = "draft";

    public static string Of<TStatus>(TStatus status) where TStatus : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static TStatus Parse<TStatus>(string status) where TStatus : struct, Enum =>
        Enum.Parse<TStatus>(status, ignoreCase: true);

    /// <summary>For people: "partlyDelivered" → "partly delivered".</summary>
    public static string Label(string status) =>
        string.Concat(status.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>
    /// Groups the start page's follow-up lists link to, filterable like a status: orders not completed
    /// ("open"), orders with something left to deliver ("toDeliver"), invoices not paid in full ("unpaid").
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Groups { get; } = new Dictionary<string, string[]>
    {
        ["open"] = ["submitted", "confirmed", "partlyDelivered", "delivered"],
        ["toDeliver"] = ["confirmed", "partlyDelivered"],
        ["unpaid"] = ["posted", "partlyPaid"],
    };

    public static IReadOnlyList<string> For(DocumentKind kind) => kind switch
    {
        DocumentKind.Quote => Names<QuoteStatus>(),
        DocumentKind.SalesOrder => [.. Names<OrderStatus>(), "open", "toDeliver"],
        DocumentKind.DeliveryNote => ["delivered"],
        DocumentKind.Invoice => [.. Names<InvoiceStatus>(), "unpaid", "overdue"],
        DocumentKind.CreditNote => Names<CreditNoteStatus>(),
        _ => [],
    };

    private static string[] Names<TStatus>() where TStatus : struct, Enum => [.. Enum.GetValues<TStatus>().Select(s => Of(s))];
}
