using System.Globalization;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Words for stored values, the same on the pages and in the exports.</summary>
public static class ReportLabels
{
    /// <summary>YYYY-MM-DD, or nothing.</summary>
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
