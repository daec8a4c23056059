namespace CustomerCenter.Web.Features.Reports;

/// <summary>A value column of <c>per_customer</c> and how the totals combine it (SUM for amounts, MIN for dates).</summary>
internal sealed record SqlValue(string Name, string Total = "SUM")
{
    /// <summary>The value combined over several rows: summed as a BIGINT, or by its aggregate (MIN, MAX).</summary>
    public string Combined => Total == "SUM" ? $"CAST(SUM({Name}) AS BIGINT)" : $"{Total}({Name})";
}

/// <summary>
/// The shape the per-customer reports share. The caller's CTEs end with <c>per_customer(customer_id,
/// currency, values…)</c>; the statement answers one page of it, joined to the customer's name and number
/// and numbered in order (<c>row_kind</c> 0, <c>seq</c>), and — computed from the same CTE in the same pass —
/// one totals row per currency (<c>row_kind</c> 1, <c>seq</c> = how many rows). Without a page, every row and no totals.
/// </summary>
internal static class CustomerPageSql
{
    public const int FirstValue = 6;

    /// <summary><paramref name="order"/>: ORDER BY terms over <c>p</c> (per_customer) and <c>c</c> (Customers), from a whitelist.</summary>
    public static string Build(string ctes, IReadOnlyList<SqlValue> values, string order, (string Take, string Skip)? page)
    {
        var selected = string.Join(", ", values.Select(v => "p." + v.Name));
        var numbered = $"""
            SELECT CAST(0 AS BIGINT) AS row_kind, ROW_NUMBER() OVER (ORDER BY {order}) AS seq,
                p.customer_id, c."Name" AS name, c."Number" AS number, p.currency, {selected}
            """;
        if (page is not { } limit)
        {
            return $"""
                WITH {ctes}
                {numbered}
                FROM per_customer p JOIN "Customers" c ON c."Id" = p.customer_id
                ORDER BY {order}
                """;
        }

        // The page is cut first and numbered after: numbering every row would sort all of them, where
        // LIMIT alone lets the database keep only the top rows while it reads. Customers are joined for
        // that cut only when the order needs their columns (every per-customer row has its customer).
        var totals = string.Join(", ", values.Select(v => v.Combined));
        var customers = order.Contains("c.\"", StringComparison.Ordinal) ? "JOIN \"Customers\" c ON c.\"Id\" = p.customer_id" : "";
        return $"""
            WITH {ctes}
            {numbered}
            FROM (
                SELECT p.* FROM per_customer p {customers}
                ORDER BY {order}
                LIMIT {limit.Take} OFFSET {limit.Skip}) AS p
            JOIN "Customers" c ON c."Id" = p.customer_id
            UNION ALL
            SELECT CAST(1 AS BIGINT), COUNT(*), NULL, NULL, NULL, currency, {totals}
            FROM per_customer GROUP BY currency
            """;
    }
}
