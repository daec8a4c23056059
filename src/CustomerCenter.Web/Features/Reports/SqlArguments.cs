namespace CustomerCenter.Web.Features.Reports;

/// <summary>The parameters of one report statement; <see cref="Add(string, object)"/> returns the placeholder to write into the SQL.</summary>
internal sealed class SqlArguments : List<KeyValuePair<string, object>>
{
    public string Add(string name, object value)
    {
        var placeholder = "@" + name;
        Add(new KeyValuePair<string, object>(placeholder, value));
        return placeholder;
    }
}
