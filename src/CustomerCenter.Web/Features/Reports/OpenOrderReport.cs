using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// A line of a confirmed sales order that is not fully delivered or not fully invoiced. Quantities in thousandths;
/// <see cref="OpenValue"/> is the line's net amount for the part not yet invoiced, rounded half away from zero.
/// </summary>
public sealed record OpenOrderRow(
    long OrderId, string Number, DateOnly Date, string Status, long CustomerId, string CustomerName, string CustomerNumber, string Currency,
    long LineId, int Position, string Description, long QuantityMilli, long DeliveredMilli, long InvoicedMilli, long NetMinor)
{
    public long ToDeliverMilli => Math.Max(0, QuantityMilli - DeliveredMilli);

    public long ToInvoiceMilli => Math.Max(0, QuantityMilli - InvoicedMilli);

    public long OpenValue => OpenOrderValue.Of(NetMinor, QuantityMilli, InvoicedMilli);
}

public sealed record OpenOrderTotal(string Currency, int Orders, int Lines, long OpenValue);

public sealed record OpenOrderReport(OpenOrderFilter Filter, IReadOnlyList<OpenOrderRow> Rows, IReadOnlyList<OpenOrderTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Lines);
}

/// <summary>What is still to invoice on an order line, in money.</summary>
public static class OpenOrderValue
{
    public static long Of(long netMinor, long quantityMilli, long invoicedMilli)
    {
        var open = Math.Max(0, quantityMilli - invoicedMilli);
        return quantityMilli <= 0 || open == 0
            ? 0
            : (long)Math.Round((decimal)netMinor * open / quantityMilli, MidpointRounding.AwayFromZero);
    }

    /// <summary>The order statuses between confirmation and completion: what the report looks at.</summary>
    public static readonly string[] Statuses =
        [DocumentStatuses.Of(Domain.Documents.OrderStatus.Confirmed), DocumentStatuses.Of(Domain.Documents.OrderStatus.PartlyDelivered),
         DocumentStatuses.Of(Domain.Documents.OrderStatus.Delivered), DocumentStatuses.Of(Domain.Documents.OrderStatus.Invoiced)];
}
