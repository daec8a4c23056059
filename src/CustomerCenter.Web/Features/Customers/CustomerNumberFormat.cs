using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Customer numbers: a pattern with one zero-padded counter, e.g. <c>C-{00000}</c> → C-00042.</summary>
public static partial class CustomerNumberFormat
{
    public static string Format(string pattern, long value) =>
        Counter().Replace(pattern, m => value.ToString(CultureInfo.InvariantCulture).PadLeft(m.Groups[1].Value.Length, '0'), 1);

    [GeneratedRegex(@"\{(0+)\}")]
    private static partial Regex Counter();
}
