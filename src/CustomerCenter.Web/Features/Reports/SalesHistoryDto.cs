using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>A document or line of the sales history; credit notes are negative. Line fields are null in the document view.</summary>
public sealed record SalesHistoryRowDto(
    long DocumentId, DocumentKind Kind, string Number, DateOnly Date, long CustomerId, string CustomerName, string Currency,
    decimal Net, decimal Tax, decimal Total, long? LineId, string? ItemSku, string? Description, decimal? Quantity, decimal? UnitPrice);

public sealed record SalesHistoryTotalDto(string Currency, int Rows, decimal Net, decimal Tax, decimal Total);

public sealed record SalesHistoryDto(
    DateOnly From, DateOnly To, SalesHistoryView By, IReadOnlyList<SalesHistoryRowDto> Items, IReadOnlyList<SalesHistoryTotalDto> Totals,
    int Page, int PageSize, int Total)
{
    public static SalesHistoryDto Of(SalesHistoryReport report) => new(
        report.Filter.Period.From,
        report.Filter.Period.To,
        report.Filter.View,
        [.. report.Rows.Select(r => new SalesHistoryRowDto(
            r.DocumentId, r.Kind, r.Number, r.Date, r.CustomerId, r.CustomerName, r.Currency,
            ReportMoney.Amount(r.Net, r.Currency), ReportMoney.Amount(r.Tax, r.Currency), ReportMoney.Amount(r.Total, r.Currency),
            r.LineId, r.ItemSku, r.Description, r.QuantityMilli / 1000m, r.UnitPrice))],
        [.. report.Totals.Select(t => new SalesHistoryTotalDto(
            t.Currency, t.Rows, ReportMoney.Amount(t.Net, t.Currency), ReportMoney.Amount(t.Tax, t.Currency), ReportMoney.Amount(t.Total, t.Currency)))],
        report.Filter.List.Page,
        report.Filter.List.PageSize,
        report.Total);

    public static IReadOnlyList<ReportColumn<SalesHistoryRow>> ExportColumns(SalesHistoryView view) =>
    [
        new("Date", ReportValueKind.Date, r => r.Date),
        new("Number", ReportValueKind.Text, r => r.Number),
        new("Kind", ReportValueKind.Text, r => DocumentPaths.Singular(r.Kind)),
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        .. view == SalesHistoryView.Line
            ? new ReportColumn<SalesHistoryRow>[]
            {
                new("Item", ReportValueKind.Text, r => r.ItemSku),
                new("Description", ReportValueKind.Text, r => r.Description),
                new("Quantity", ReportValueKind.Amount, r => r.QuantityMilli / 1000m),
                new("Unit price", ReportValueKind.Amount, r => r.UnitPrice),
            }
            : [],
        new("Net", ReportValueKind.Amount, r => ReportMoney.Amount(r.Net, r.Currency)),
        new("Tax", ReportValueKind.Amount, r => ReportMoney.Amount(r.Tax, r.Currency)),
        new("Total", ReportValueKind.Amount, r => ReportMoney.Amount(r.Total, r.Currency)),
    ];
}
