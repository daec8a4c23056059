using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The open orders report's query string: order date range, customer, currency.</summary>
public sealed record OpenOrderFilter(DateOnly? From, DateOnly? To, long? CustomerId, string? Currency, ListQuery List)
{
    public static readonly string[] Sortable = ["date", "number", "customer"];

    public static OpenOrderFilter Parse(
        string? from, string? to, long? customerId, string? currency, string? search, string? sort, int? page, int? pageSize, ValidationErrors errors)
    {
        var start = ReportParameters.Date(from, "from", errors);
        var end = ReportParameters.Date(to, "to", errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add("to", "The end of the period can't be before its start.");
        }

        return new OpenOrderFilter(
            start,
            end,
            ReportParameters.Id(customerId, "customerId", errors),
            ReportParameters.Currency(currency, errors),
            ListQuery.Parse(search, sort, page, pageSize, Sortable, "date", errors));
    }
}
