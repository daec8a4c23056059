using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The sales history's query string. With <see cref="ItemId"/> the document view shows only that item's part of
/// each document, so its totals are the item's sales.
/// </summary>
public sealed record SalesHistoryFilter(SalesPeriod Period, SalesHistoryView View, long? CustomerId, long? ItemId, string? Currency, ListQuery List)
{
    public static readonly string[] Sortable = ["date", "number", "customer", "net", "total"];

    public static SalesHistoryFilter Parse(
        string? from, string? to, string? by, long? customerId, long? itemId, string? currency, string? search, string? sort, int? page, int? pageSize,
        DateOnly today, ValidationErrors errors)
    {
        var year = SalesPeriod.YearToDate(today);
        var (start, end) = ReportParameters.Period(from, to, year.From, year.To, errors);
        return new SalesHistoryFilter(
            new SalesPeriod(start, end),
            ReportParameters.Choice(by, "by", SalesHistoryView.Document, errors),
            ReportParameters.Id(customerId, "customerId", errors),
            ReportParameters.Id(itemId, "itemId", errors),
            ReportParameters.Currency(currency, errors),
            ListQuery.Parse(search, sort ?? "-date", page, pageSize, Sortable, "date", errors));
    }
}
