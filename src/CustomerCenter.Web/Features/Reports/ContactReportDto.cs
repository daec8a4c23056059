namespace CustomerCenter.Web.Features.Reports;

public sealed record ContactReportDto(IReadOnlyList<ContactReportRow> Items, int Page, int PageSize, int Total)
{
    public static ContactReportDto Of(ContactReport report) => new(report.Rows, report.Filter.List.Page, report.Filter.List.PageSize, report.Total);

    public static readonly IReadOnlyList<ReportColumn<ContactReportRow>> ExportColumns =
    [
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Contact", ReportValueKind.Text, r => r.Name),
        new("Title", ReportValueKind.Text, r => r.Title),
        new("Email", ReportValueKind.Text, r => r.Email),
        new("Phone", ReportValueKind.Text, r => r.Phone),
        new("Primary", ReportValueKind.Text, r => r.IsPrimary ? "yes" : "no"),
        new("Opted in", ReportValueKind.Text, r => r.OptIn ? "yes" : "no"),
    ];
}
