using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The contact list's query string: customer search or id, only primary contacts, only those who opted in.</summary>
public sealed record ContactReportFilter(long? CustomerId, bool PrimaryOnly, bool OptInOnly, ListQuery List)
{
    public static readonly string[] Sortable = ["customer", "name", "email"];

    public static ContactReportFilter Parse(
        long? customerId, string? primary, string? optIn, string? search, string? sort, int? page, int? pageSize, ValidationErrors errors) =>
        new(
            ReportParameters.Id(customerId, "customerId", errors),
            ReportParameters.Flag(primary, "primary", false, errors),
            ReportParameters.Flag(optIn, "optIn", false, errors),
            ListQuery.Parse(search, sort, page, pageSize, Sortable, "customer", errors));
}
