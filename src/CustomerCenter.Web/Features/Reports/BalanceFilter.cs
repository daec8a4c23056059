using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The customer balance report's query string. <see cref="WithBalance"/> (the default) lists customers with
/// something open; without it every customer is listed, the ones with nothing open at zero.
/// </summary>
public sealed record BalanceFilter(DateOnly AsOf, string? Currency, bool WithBalance, long? CustomerId, ListQuery List)
{
    public static readonly string[] Sortable = ["customer", "number", "currency", "balance", "overdue", "credit", "openItems", "oldestDue"];

    public static BalanceFilter Parse(
        string? asOf, string? currency, string? withBalance, long? customerId, string? search, string? sort, int? page, int? pageSize,
        DateOnly today, ValidationErrors errors) =>
        new(
            ReportParameters.Date(asOf, "asOf", errors) ?? today,
            ReportParameters.Currency(currency, errors),
            ReportParameters.Flag(withBalance, "withBalance", true, errors),
            ReportParameters.Id(customerId, "customerId", errors),
            ListQuery.Parse(search, sort ?? "-balance", page, pageSize, Sortable, "balance", errors));
}
