using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Export;

namespace CustomerCenter.Web.Features.Reports;

public enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
}

/// <summary>Which answer a report request wants: <c>format=json|csv|xlsx</c>, else <c>Accept: text/csv</c> or the .xlsx type, else JSON.</summary>
public static class ReportFormats
{
    public static ReportFormat From(HttpRequest request, string? format, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(format))
        {
            return ReportParameters.Choice(format, "format", ReportFormat.Json, errors);
        }

        if (CsvResponse.IsWanted(request))
        {
            return ReportFormat.Csv;
        }

        return request.Headers.Accept.ToString().Contains(ReportXlsx.ContentType, StringComparison.OrdinalIgnoreCase)
            ? ReportFormat.Xlsx
            : ReportFormat.Json;
    }
}
