namespace CustomerCenter.Web.Hosting;

internal static class JsonPath
{
    /// <summary>"$.billingAddress.country" → "billingAddress.country"; "$.lines[2].quantity" → "lines[2].quantity".</summary>
    public static string ToFieldName(string path) =>
        path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
