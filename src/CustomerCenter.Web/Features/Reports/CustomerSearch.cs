using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Search;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The reports' customer search: the words people type, each matched by prefix against the customers' indexed
/// search terms (see decision 0006), every word required — the same rule as the customer list.
/// </summary>
public static class CustomerSearch
{
    public const int MaxWords = 5;

    public static IReadOnlyList<(string From, string Before)> Ranges(string? search) =>
        [.. SearchText.Words(search).Distinct().Take(MaxWords).Select(w => (w, SearchText.PrefixUpperBound(w)))];

    /// <summary>SQL conditions on a customer id column, each starting with AND.</summary>
    internal static string Sql(string? search, string customerIdColumn, SqlArguments args)
    {
        var sql = "";
        foreach (var (i, (from, before)) in Ranges(search).Index())
        {
            sql += $" AND {customerIdColumn} IN (SELECT t.\"CustomerId\" FROM \"CustomerSearchTerms\" t WHERE t.\"Term\" >= {args.Add($"term{i}", from)} AND t.\"Term\" < {args.Add($"termEnd{i}", before)})";
        }

        return sql;
    }

    /// <summary>The ids of the customers matching every word, as a subquery; null when there is nothing to search.</summary>
    public static IQueryable<long>? Matching(AppDbContext db, string? search)
    {
        IQueryable<long>? matching = null;
        foreach (var (from, before) in Ranges(search))
        {
            var word = db.CustomerSearchTerms.Where(t => t.Term.CompareTo(from) >= 0 && t.Term.CompareTo(before) < 0).Select(t => t.CustomerId);
            matching = matching is null ? word : matching.Where(id => word.Contains(id));
        }

        return matching;
    }
}
