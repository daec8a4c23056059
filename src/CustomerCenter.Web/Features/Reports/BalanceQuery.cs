using System.Data.Common;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Customer balances from the ledger's open items (today's by default, or as of any date), with the same
/// meaning as <see cref="CustomerCenter.Domain.Receivables.AccountBalance"/>: the balance equals the
/// <c>CustomerBalances</c> summary, and overdue counts every debit past its due date.
/// </summary>
public sealed class BalanceQuery(AppDbContext db)
{
    public async Task<BalanceReport> RunAsync(BalanceFilter filter, CancellationToken ct)
    {
        var args = new SqlArguments();
        var sql = Build(filter, args, (args.Add("take", filter.List.PageSize), args.Add("skip", filter.List.Skip)));
        var read = await ReportSql.QueryAsync(db, sql, args, Read, ct);
        return new BalanceReport(
            filter,
            [.. read.Where(r => r.Row is not null).OrderBy(r => r.Seq).Select(r => r.Row!)],
            [.. read.Where(r => r.Total is not null).Select(r => r.Total!).OrderBy(t => t.Currency, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<BalanceRow>> AllRowsAsync(BalanceFilter filter, CancellationToken ct)
    {
        var args = new SqlArguments();
        var read = await ReportSql.QueryAsync(db, Build(filter, args, null), args, Read, ct);
        return [.. read.Select(r => r.Row!)];
    }

    private static string Build(BalanceFilter filter, SqlArguments args, (string, string)? page)
    {
        var asOf = args.Add("asOf", filter.AsOf);
        string? customer = filter.CustomerId is { } id ? args.Add("customerId", id) : null;
        string? currency = filter.Currency is { } code ? args.Add("currency", code) : null;
        var where = (customer is null ? "" : $" AND e.\"CustomerId\" = {customer}") + (currency is null ? "" : $" AND e.\"Currency\" = {currency}")
            + CustomerSearch.Sql(filter.List.Search, "e.\"CustomerId\"", args);
        var perCustomer = filter.WithBalance
            ? "SELECT * FROM balances"
            : $"""
                SELECT c."Id" AS customer_id, COALESCE(b.currency, c."Currency") AS currency,
                    COALESCE(b.balance, 0) AS balance, COALESCE(b.overdue, 0) AS overdue, COALESCE(b.credit, 0) AS credit,
                    COALESCE(b.open_count, 0) AS open_count, b.oldest_due
                FROM "Customers" c LEFT JOIN balances b ON b.customer_id = c."Id"
                WHERE (c."TrashedAt" IS NULL OR b.customer_id IS NOT NULL)
                    {(customer is null ? "" : $"AND c.\"Id\" = {customer}")}
                    {(currency is null ? "" : $"AND COALESCE(b.currency, c.\"Currency\") = {currency}")}
                    {CustomerSearch.Sql(filter.List.Search, "c.\"Id\"", args)}
                """;
        OpenItemsValue[] sums =
        [
            new("balance", "CAST(SUM(open_minor) AS BIGINT)"),
            new("overdue", $"CAST(SUM(CASE WHEN open_minor > 0 AND aging_date < {asOf} THEN open_minor ELSE 0 END) AS BIGINT)"),
            new("credit", "CAST(-SUM(CASE WHEN open_minor < 0 THEN open_minor ELSE 0 END) AS BIGINT)"),
            new("open_count", "CAST(SUM(CASE WHEN open_minor > 0 THEN 1 ELSE 0 END) AS BIGINT)"),
            new("oldest_due", "MIN(CASE WHEN open_minor > 0 THEN aging_date END)", "MIN"),
        ];
        var ctes = $"""
            {OpenItemsSql.PerCustomerCte("balances", asOf, AgingBasis.Due, where, sums)},
            per_customer AS ({perCustomer})
            """;
        return CustomerPageSql.Build(ctes, [.. sums.Select(s => s.Value)], Order(filter.List), page);
    }

    private static string Order(Common.ListQuery list)
    {
        var direction = list.Descending ? "DESC" : "ASC";
        return list.Sort switch
        {
            "customer" => $"c.\"NameNormalized\" {direction}, p.customer_id, p.currency",
            "number" => $"c.\"Number\" {direction}, p.currency",
            "currency" => $"p.currency {direction}, c.\"NameNormalized\", p.customer_id",
            "overdue" => $"p.currency, p.overdue {direction}, p.customer_id",
            "credit" => $"p.currency, p.credit {direction}, p.customer_id",
            "openItems" => $"p.currency, p.open_count {direction}, p.customer_id",
            "oldestDue" => $"p.currency, p.oldest_due {direction} NULLS LAST, p.customer_id",
            _ => $"p.currency, p.balance {direction}, p.customer_id",
        };
    }

    private static (long Seq, BalanceRow? Row, BalanceTotal? Total) Read(DbDataReader r)
    {
        var v = CustomerPageSql.FirstValue;
        var currency = r.GetString(5);
        return r.GetInt64(0) == 0
            ? (r.GetInt64(1), new BalanceRow(r.GetInt64(2), r.Text(3), r.Text(4), currency, r.Long(v), r.Long(v + 1), r.Long(v + 2), r.Long(v + 3), r.Date(v + 4)), null)
            : (0, null, new BalanceTotal(currency, (int)r.GetInt64(1), r.Long(v), r.Long(v + 1), r.Long(v + 2), r.Long(v + 3), r.Date(v + 4)));
    }
}
