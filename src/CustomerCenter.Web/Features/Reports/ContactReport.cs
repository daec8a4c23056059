namespace CustomerCenter.Web.Features.Reports;

public sealed record ContactReportRow(
    long ContactId, long CustomerId, string CustomerName, string CustomerNumber, string Name, string? Title, string? Email, string? Phone,
    bool IsPrimary, bool OptIn);

public sealed record ContactReport(ContactReportFilter Filter, IReadOnlyList<ContactReportRow> Rows, int Total);
