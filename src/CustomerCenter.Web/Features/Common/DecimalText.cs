using System.Globalization;

namespace CustomerCenter.Web.Features.Common;

public static class DecimalText
{
    /// <summary>
    /// A number for a form field: invariant, no grouping and no trailing zeros (PostgreSQL's numeric keeps
    /// the stored scale, 12.50000000), so it reads as typed and parses back.
    /// </summary>
    public static string ForInput(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
