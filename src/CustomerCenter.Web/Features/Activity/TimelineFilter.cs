using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>The timeline's query string: <c>?kind=call,email&amp;from=&amp;to=&amp;page=&amp;pageSize=</c>, newest first.</summary>
public sealed record TimelineFilter(IReadOnlyList<ActivityKind> Kinds, DateOnly? From, DateOnly? To, int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;

    public static TimelineFilter Parse(string? kind, string? from, string? to, int? page, int? pageSize, ValidationErrors errors, int defaultPageSize = 50)
    {
        var kinds = new List<ActivityKind>();
        foreach (var name in (kind ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<ActivityKind>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                kinds.Add(parsed);
            }
            else
            {
                errors.Add("kind", $"Filter by one or more of: {string.Join(", ", Enum.GetNames<ActivityKind>().Select(n => n.ToLowerInvariant()))}.");
            }
        }

        var fromDate = ActivityDates.ParseDate(from, "from", "the first day", errors);
        var toDate = ActivityDates.ParseDate(to, "to", "the last day", errors);
        if (fromDate > toDate)
        {
            errors.Add("to", "The last day can't be before the first.");
        }

        if (page is < 1 or > 1_000_000)
        {
            errors.Add("page", "The page must be between 1 and 1000000.");
        }

        if (pageSize is < 1 or > ListQuery.MaxPageSize)
        {
            errors.Add("pageSize", $"The page size must be between 1 and {ListQuery.MaxPageSize}.");
        }

        return new TimelineFilter(
            [.. kinds.Distinct()], fromDate, toDate,
            page is >= 1 and <= 1_000_000 ? page.Value : 1,
            pageSize is >= 1 and <= ListQuery.MaxPageSize ? pageSize.Value : defaultPageSize);
    }
}
