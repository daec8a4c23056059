using System.Data.Common;
using System.Globalization;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Aging as of any date, per customer and currency, from the ledger (<see cref="OpenItemsSql"/>), so a past
/// date shows what was open then. Each column is a conditional sum over the open items; a row adds up to
/// the customer's balance on that date, and the totals to the whole book's. Today's default aging reads the
/// summary the ledger writers keep (<see cref="CustomerAgingSummary"/>) instead.
/// </summary>
public sealed class AgingQuery(AppDbContext db)
{
    public async Task<AgingReport> RunAsync(AgingFilter filter, CancellationToken ct)
    {
        var read = await ReadAsync(filter, paged: true, ct);
        return new AgingReport(
            filter,
            filter.Columns,
            [.. read.Where(r => r.Row is not null).OrderBy(r => r.Seq).Select(r => r.Row!)],
            [.. read.Where(r => r.Total is not null).Select(r => r.Total!).OrderBy(t => t.Currency, StringComparer.Ordinal)]);
    }

    /// <summary>Every row the filter selects, in its order: for the exports.</summary>
    public async Task<IReadOnlyList<AgingRow>> AllRowsAsync(AgingFilter filter, CancellationToken ct) =>
        [.. (await ReadAsync(filter, paged: false, ct)).Select(r => r.Row!)];

    /// <summary>One open-items column's sum: the debits in its date range and, for Current, the credits.</summary>
    internal static string Sum(AgingColumn column, int index, SqlArguments args) =>
        $"CAST(SUM(CASE WHEN {Condition(column, index, args)} THEN open_minor ELSE 0 END) AS BIGINT)";

    // Today's default aging comes from the summary when it is as of that day — checked again after reading, in
    // case the day's rebuild replaced it meanwhile — and from the ledger otherwise.
    private async Task<List<(long Seq, AgingRow? Row, AgingTotal? Total)>> ReadAsync(AgingFilter filter, bool paged, CancellationToken ct)
    {
        if (CustomerAgingSummary.Holds(filter) && await CustomerAgingSummary.DayAsync(db, ct) == filter.AsOf)
        {
            var summarised = await QueryAsync(filter, paged, fromSummary: true, ct);
            if (await CustomerAgingSummary.DayAsync(db, ct) == filter.AsOf)
            {
                return summarised;
            }
        }

        return await QueryAsync(filter, paged, fromSummary: false, ct);
    }

    private Task<List<(long Seq, AgingRow? Row, AgingTotal? Total)>> QueryAsync(AgingFilter filter, bool paged, bool fromSummary, CancellationToken ct)
    {
        var columns = filter.Columns;
        var args = new SqlArguments();
        var page = paged ? (args.Add("take", filter.List.PageSize), args.Add("skip", filter.List.Skip)) : ((string, string)?)null;
        return ReportSql.QueryAsync(db, Build(filter, columns, args, page, fromSummary), args, r => Read(r, columns.Count), ct);
    }

    private static string Build(AgingFilter filter, IReadOnlyList<AgingColumn> columns, SqlArguments args, (string, string)? page, bool fromSummary)
    {
        var where = "";
        if (filter.CustomerId is { } customerId)
        {
            where += $" AND e.\"CustomerId\" = {args.Add("customerId", customerId)}";
        }

        if (filter.Currency is { } currency)
        {
            where += $" AND e.\"Currency\" = {args.Add("currency", currency)}";
        }

        where += CustomerSearch.Sql(filter.List.Search, "e.\"CustomerId\"", args);
        // Both sources give per_customer(customer_id, currency, c0…, total); only the ledger's needs the column sums
        // (and their date parameters).
        SqlValue[] values = [.. columns.Select((_, i) => new SqlValue($"c{i}")), new("total")];
        var ctes = fromSummary
            ? CustomerAgingSummary.PerCustomerCte(where)
            : OpenItemsSql.PerCustomerCte("per_customer", args.Add("asOf", filter.AsOf), filter.Basis, where, [
                .. columns.Select((column, i) => new OpenItemsValue(values[i].Name, Sum(column, i, args))),
                new(values[^1].Name, "CAST(SUM(open_minor) AS BIGINT)"),
            ]);
        return CustomerPageSql.Build(ctes, values, Order(filter.List), page);
    }

    private static string Condition(AgingColumn column, int index, SqlArguments args)
    {
        var parts = new List<string>();
        if (column.Credits)
        {
            parts.Add("open_minor < 0");
        }

        if (column.Debits)
        {
            var debit = "open_minor > 0";
            if (column.From is { } from)
            {
                debit += $" AND aging_date >= {args.Add($"from{index}", from)}";
            }

            if (column.Before is { } before)
            {
                debit += $" AND aging_date < {args.Add($"before{index}", before)}";
            }

            parts.Add($"({debit})");
        }

        return string.Join(" OR ", parts);
    }

    private static string Order(Common.ListQuery list)
    {
        var direction = list.Descending ? "DESC" : "ASC";
        return list.Sort switch
        {
            "customer" => $"c.\"NameNormalized\" {direction}, p.customer_id, p.currency",
            "number" => $"c.\"Number\" {direction}, p.currency",
            "currency" => $"p.currency {direction}, c.\"NameNormalized\", p.customer_id",
            "total" => $"p.currency, p.total {direction}, p.customer_id",
            // colN, checked against the column count by AgingFilter.
            _ => $"p.currency, p.c{int.Parse(list.Sort.AsSpan(3), CultureInfo.InvariantCulture)} {direction}, p.customer_id",
        };
    }

    private static (long Seq, AgingRow? Row, AgingTotal? Total) Read(DbDataReader r, int columnCount)
    {
        var first = CustomerPageSql.FirstValue;
        var amounts = Enumerable.Range(first, columnCount).Select(r.Long).ToArray();
        var total = r.Long(first + columnCount);
        var currency = r.GetString(5);
        return r.GetInt64(0) == 0
            ? (r.GetInt64(1), new AgingRow(r.GetInt64(2), r.Text(3), r.Text(4), currency, amounts, total), null)
            : (0, null, new AgingTotal(currency, (int)r.GetInt64(1), amounts, total));
    }
}
