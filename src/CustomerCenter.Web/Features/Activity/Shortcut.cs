using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// A customer task started from the hub. On the customer page it links straight to the target for
/// that customer; on the start page it first asks for the customer (/pick-customer?for=key).
/// </summary>
public sealed record Shortcut(string Key, string Label, string Policy, Func<long, string> Target)
{
    public static IReadOnlyList<Shortcut> All { get; } =
    [
        new("statement", "Statement", Policies.Staff, id => $"/customers/{id}/statement"),
        new("payment", "Receive payment", Policies.Finance, id => $"/payments/new?customerId={id}"),
        new("quote", "Sales quote", DocumentPolicies.For(DocumentKind.Quote), id => $"/quotes/new?customerId={id}"),
        new("order", "Order", DocumentPolicies.For(DocumentKind.SalesOrder), id => $"/orders/new?customerId={id}"),
        // A delivery note is recorded by delivering a confirmed order: open the customer's orders that have something to deliver.
        new("delivery", "Delivery note", DocumentPolicies.For(DocumentKind.DeliveryNote), id => $"/orders?customerId={id}&status=toDeliver"),
        new("invoice", "Invoice", DocumentPolicies.For(DocumentKind.Invoice), id => $"/invoices/new?customerId={id}"),
        new("refund", "Refund", Policies.Finance, id => $"/refunds/new?customerId={id}"),
    ];

    public static Shortcut? Find(string? key) => All.FirstOrDefault(s => s.Key == key);
}
