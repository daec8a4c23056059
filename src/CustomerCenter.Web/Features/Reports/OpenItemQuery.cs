using System.Data.Common;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Open items as of any date from the ledger (<see cref="OpenItemsSql"/>): one page and the per-currency totals in one statement.</summary>
public sealed class OpenItemQuery(AppDbContext db)
{
    public async Task<OpenItemReport> RunAsync(OpenItemFilter filter, CancellationToken ct)
    {
        var args = new SqlArguments();
        var sql = Build(filter, args, (args.Add("take", filter.List.PageSize), args.Add("skip", filter.List.Skip)));
        var read = await ReportSql.QueryAsync(db, sql, args, r => Read(r, filter), ct);
        return new OpenItemReport(
            filter,
            [.. read.Where(r => r.Row is not null).OrderBy(r => r.Seq).Select(r => r.Row!)],
            [.. read.Where(r => r.Total is not null).Select(r => r.Total!).OrderBy(t => t.Currency, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<OpenItemRow>> AllRowsAsync(OpenItemFilter filter, CancellationToken ct)
    {
        var args = new SqlArguments();
        var read = await ReportSql.QueryAsync(db, Build(filter, args, null), args, r => Read(r, filter), ct);
        return [.. read.Select(r => r.Row!)];
    }

    private static string Build(OpenItemFilter filter, SqlArguments args, (string Take, string Skip)? page)
    {
        var asOf = args.Add("asOf", filter.AsOf);
        var entryWhere = (filter.CustomerId is { } id ? $" AND e.\"CustomerId\" = {args.Add("customerId", id)}" : "")
            + (filter.Currency is { } code ? $" AND e.\"Currency\" = {args.Add("currency", code)}" : "")
            + CustomerSearch.Sql(filter.List.Search, "e.\"CustomerId\"", args);
        var conditions = new List<string>
        {
            filter.Show switch
            {
                OpenItemShow.Debits => "i.open_minor > 0",
                OpenItemShow.Credits => "i.open_minor < 0",
                _ => "i.open_minor <> 0",
            },
        };
        if (filter.DueFrom is { } from)
        {
            conditions.Add($"(i.open_minor < 0 OR i.aging_date >= {args.Add("dueFrom", from)})");
        }

        if (filter.DueTo is { } to)
        {
            conditions.Add($"(i.open_minor < 0 OR i.aging_date <= {args.Add("dueTo", to)})");
        }

        if (filter.OverdueOnly)
        {
            conditions.Add($"i.open_minor > 0 AND i.aging_date < {asOf}");
        }

        var itemWhere = string.Join(" AND ", conditions);
        var order = Order(filter.List);
        var rows = $"""
            SELECT CAST(0 AS BIGINT) AS row_kind, ROW_NUMBER() OVER (ORDER BY {order}) AS seq,
                i.entry_id, i.kind, i.reference, i.document_id, i.payment_id, i.customer_id, c."Name" AS name, c."Number" AS number,
                i.currency, i.entry_date, i.due_date, i.aging_date, i.amount_minor, i.open_minor
            FROM open_items i JOIN "Customers" c ON c."Id" = i.customer_id
            WHERE {itemWhere}
            ORDER BY {order}
            """;
        var cte = OpenItemsSql.Cte(asOf, filter.Basis, entryWhere);
        return page is not { } limit
            ? $"WITH {cte}\n{rows}"
            : $"""
                WITH {cte}
                SELECT * FROM ({rows}
                    LIMIT {limit.Take} OFFSET {limit.Skip}) AS page
                UNION ALL
                SELECT CAST(1 AS BIGINT), COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, i.currency, NULL, NULL, NULL,
                    CAST(SUM(i.amount_minor) AS BIGINT), CAST(SUM(i.open_minor) AS BIGINT)
                FROM open_items i WHERE {itemWhere}
                GROUP BY i.currency
                """;
    }

    private static string Order(Common.ListQuery list)
    {
        var direction = list.Descending ? "DESC" : "ASC";
        return list.Sort switch
        {
            "date" => $"i.entry_date {direction}, i.entry_id",
            "number" => $"i.reference {direction}, i.entry_id",
            "customer" => $"c.\"NameNormalized\" {direction}, i.customer_id, i.aging_date, i.entry_id",
            "amount" => $"i.currency, i.amount_minor {direction}, i.entry_id",
            "open" => $"i.currency, i.open_minor {direction}, i.entry_id",
            _ => $"i.aging_date {direction}, i.entry_id",
        };
    }

    private static (long Seq, OpenItemRow? Row, OpenItemTotal? Total) Read(DbDataReader r, OpenItemFilter filter)
    {
        if (r.GetInt64(0) == 1)
        {
            return (0, null, new OpenItemTotal(r.GetString(10), (int)r.GetInt64(1), r.Long(14), r.Long(15)));
        }

        var open = r.GetInt64(15);
        var agingDate = r.GetFieldValue<DateOnly>(13);
        return (r.GetInt64(1), new OpenItemRow(
            r.GetInt64(2), Enum.Parse<LedgerEntryKind>(r.GetString(3)), r.Text(4), r.NullableLong(5), r.NullableLong(6),
            r.GetInt64(7), r.Text(8), r.Text(9), r.GetString(10), r.GetFieldValue<DateOnly>(11), r.Date(12),
            r.GetInt64(14), open, open > 0 ? Math.Max(0, filter.AsOf.DayNumber - agingDate.DayNumber) : 0), null);
    }
}
