namespace CustomerCenter.Web.Features.Customers;

public sealed record Address
{
    public string? Line1 { get; init; }

    public string? Line2 { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(Line2) && string.IsNullOrWhiteSpace(City)
        && string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(Country);

    public IEnumerable<string> Lines()
    {
        if (!string.IsNullOrWhiteSpace(Line1))
        {
            yield return Line1;
        }

        if (!string.IsNullOrWhiteSpace(Line2))
        {
            yield return Line2;
        }

        var cityLine = string.Join(" ", new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (!string.IsNullOrWhiteSpace(Region))
        {
            cityLine = cityLine.Length == 0 ? Region : $"{cityLine}, {Region}";
        }

        if (cityLine.Length > 0)
        {
            yield return cityLine;
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            yield return CustomerCenter.Domain.Countries.NameOf(Country) ?? Country;
        }
    }
}
