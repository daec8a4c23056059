using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The aging report's query string, shared by the pages, the API and the exports; <c>search</c> finds customers as the customer list does.</summary>
public sealed record AgingFilter(
    DateOnly AsOf, AgingBuckets Buckets, AgingBasis Basis, AgingLayout Layout, string? Currency, long? CustomerId, ListQuery List)
{
    public IReadOnlyList<AgingColumn> Columns =>
        Layout == AgingLayout.Month ? AgingColumns.ForMonths(AsOf) : AgingColumns.ForBuckets(AsOf, Buckets);

    /// <summary>Sort keys: customer, number, currency, total, and col0 … colN for the amount columns.</summary>
    public static AgingFilter Parse(
        string? asOf, string? buckets, string? basis, string? by, string? currency, long? customerId,
        string? search, string? sort, int? page, int? pageSize, DateOnly today, ValidationErrors errors)
    {
        var date = ReportParameters.Date(asOf, "asOf", errors) ?? today;
        var parsedBuckets = AgingBuckets.Parse(buckets);
        if (!parsedBuckets.IsSuccess)
        {
            errors.AddAll(parsedBuckets.Errors);
        }

        var spec = parsedBuckets.IsSuccess ? parsedBuckets.Value : AgingBuckets.Default;
        var layout = ReportParameters.Choice(by, "by", AgingLayout.Bucket, errors);
        var columnCount = layout == AgingLayout.Month ? AgingColumns.ForMonths(date).Count : spec.Count;
        string[] sortable = ["customer", "number", "currency", "total", .. Enumerable.Range(0, columnCount).Select(i => $"col{i}")];
        return new AgingFilter(
            date,
            spec,
            ReportParameters.Choice(basis, "basis", AgingBasis.Due, errors),
            layout,
            ReportParameters.Currency(currency, errors),
            ReportParameters.Id(customerId, "customerId", errors),
            ListQuery.Parse(search, sort ?? "-total", page, pageSize, sortable, "total", errors));
    }
}
