namespace CustomerCenter.Web.Features.Customers;

/// <summary>The columns of the customer list, with those shown until a user chooses otherwise.</summary>
public static class CustomerColumns
{
    public const string PreferenceKey = "columns:customers";

    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        ("number", "Number"),
        ("kind", "Kind"),
        ("email", "Email"),
        ("phone", "Phone"),
        ("city", "City"),
        ("country", "Country"),
        ("currency", "Currency"),
        ("vatNumber", "VAT number"),
        ("createdAt", "Created"),
        ("balance", "Balance"),
        ("projects", "Projects"),
    ];

    public static readonly IReadOnlySet<string> Default = new HashSet<string> { "number", "email", "phone", "city", "country", "balance" };

    public static IReadOnlySet<string> Parse(string? stored) =>
        stored is null ? Default : stored.Split(',').Where(k => All.Any(c => c.Key == k)).ToHashSet();
}
