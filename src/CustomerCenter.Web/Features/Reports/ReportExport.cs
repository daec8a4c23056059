using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>A report's rows as a CSV or .xlsx download named after the report and its date.</summary>
public static class ReportExport
{
    public static async Task<FileContentHttpResult> FileAsync<T>(
        ReportFormat format, string name, DateOnly date, IReadOnlyList<ReportColumn<T>> columns, IEnumerable<T> rows)
    {
        var fileName = $"{name}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return format == ReportFormat.Xlsx
            ? TypedResults.File(ReportXlsx.Build(name, columns, rows), ReportXlsx.ContentType, fileName + ".xlsx")
            : TypedResults.File(await ReportCsv.BuildAsync(columns, rows), ReportCsv.ContentType, fileName + ".csv");
    }
}
