namespace CustomerCenter.Web.Features.Common;

/// <summary>
/// <c>?search=&amp;sort=field|-field&amp;page=1&amp;pageSize=50</c>, checked against the fields a list
/// can sort on. Pages and the API read it the same way, so every view is a link.
/// </summary>
public sealed record ListQuery(string? Search, string Sort, bool Descending, int Page, int PageSize)
{
    public const int MaxPageSize = 200;
    public const int MaxSearchLength = 200;

    public int Skip => (Page - 1) * PageSize;

    public string SortParameter => Descending ? "-" + Sort : Sort;

    public static ListQuery Parse(
        string? search, string? sort, int? page, int? pageSize, IReadOnlyCollection<string> sortable, string defaultSort,
        ValidationErrors errors, int defaultPageSize = 50)
    {
        if (search is { Length: > MaxSearchLength })
        {
            errors.Add("search", $"The search can have at most {MaxSearchLength} characters.");
        }

        var descending = false;
        var field = defaultSort;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            descending = sort.StartsWith('-');
            var name = sort.TrimStart('-', '+');
            var match = sortable.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.Add("sort", $"Sort by one of: {string.Join(", ", sortable)} (prefix '-' for descending).");
            }
            else
            {
                field = match;
            }
        }

        if (page is < 1 or > 1_000_000)
        {
            errors.Add("page", "The page must be between 1 and 1000000.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
        }

        return new ListQuery(
            string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
            field,
            descending,
            page is >= 1 and <= 1_000_000 ? page.Value : 1,
            pageSize is >= 1 and <= MaxPageSize ? pageSize.Value : defaultPageSize);
    }
}
