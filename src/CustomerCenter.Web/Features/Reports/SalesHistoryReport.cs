using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// A posted invoice or credit note, or one of its lines, in minor units before and of tax; credit notes count
/// negative so a column sums to net sales. The line fields are null in the document view.
/// </summary>
public sealed record SalesHistoryRow(
    long DocumentId, DocumentKind Kind, string Number, DateOnly Date, long CustomerId, string CustomerName, string CustomerNumber, string Currency,
    long Net, long Tax, long? LineId, string? ItemSku, string? Description, long? QuantityMilli, decimal? UnitPrice)
{
    public long Total => Net + Tax;
}

public sealed record SalesHistoryTotal(string Currency, int Rows, long Net, long Tax)
{
    public long Total => Net + Tax;
}

public sealed record SalesHistoryReport(SalesHistoryFilter Filter, IReadOnlyList<SalesHistoryRow> Rows, IReadOnlyList<SalesHistoryTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Rows);
}
