using System.Globalization;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Bench.Load;

/// <summary>One customer-list request, asked of the API, the page and the database alike.</summary>
internal sealed record Scenario(string Name, string? Search, string Sort, int Page)
{
    public const int PageSize = 25;

    /// <summary>Searches picked from the generated data (seed 20261126): "sch" matches ~6% of customers, "amleto" 3.</summary>
    public static readonly IReadOnlyList<Scenario> All =
    [
        new("search 'sch', name, page 1", "sch", "name", 1),
        new("all, name, page 500", null, "name", 500),
        new("all, -createdAt, page 500", null, "-createdAt", 500),
        new("search 'amleto' (few rows)", "amleto", "name", 1),
        new("search 'Müller GmbH' (2 words)", "Müller GmbH", "name", 1),
        new("search 'C-04217' (number)", "C-04217", "name", 1),
    ];

    public string ApiPath => "/api/v1/customers?" + QueryString;

    public string PagePath => "/customers?" + QueryString;

    private string QueryString =>
        (Search is null ? "" : "search=" + Uri.EscapeDataString(Search) + "&")
        + $"sort={Uri.EscapeDataString(Sort)}&page={Page.ToString(CultureInfo.InvariantCulture)}&pageSize={PageSize.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The filter the API and the page build from this query string.</summary>
    public CustomerListFilter Filter()
    {
        var errors = new ValidationErrors();
        var filter = CustomerListFilter.Parse(Search, Sort, Page, PageSize, null, null, null, null, errors);
        return errors.IsEmpty ? filter : throw new InvalidOperationException($"Scenario '{Name}' is not a valid list query.");
    }
}
