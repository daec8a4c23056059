using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The sales-by-customer report's query string; <see cref="Compare"/> adds the period of the same length just before.</summary>
public sealed record SalesByCustomerFilter(SalesPeriod Period, bool Compare, string? Currency, long? CustomerId, ListQuery List)
{
    public static readonly string[] Sortable = ["customer", "number", "currency", "net", "invoiced", "credited", "documents", "previous", "change"];

    public static SalesByCustomerFilter Parse(
        string? from, string? to, string? compare, string? currency, long? customerId, string? search, string? sort, int? page, int? pageSize,
        DateOnly today, ValidationErrors errors)
    {
        var year = SalesPeriod.YearToDate(today);
        var (start, end) = ReportParameters.Period(from, to, year.From, year.To, errors);
        return new SalesByCustomerFilter(
            new SalesPeriod(start, end),
            ReportParameters.Flag(compare, "compare", false, errors),
            ReportParameters.Currency(currency, errors),
            ReportParameters.Id(customerId, "customerId", errors),
            ListQuery.Parse(search, sort ?? "-net", page, pageSize, Sortable, "net", errors));
    }
}
