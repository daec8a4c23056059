using System.Data.Common;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Net sales per customer over a period from the posted invoices and credit notes (their totals before tax), one
/// pass over the period (and the one before it when comparing), ranked within each currency.
/// </summary>
public sealed class SalesByCustomerQuery(AppDbContext db)
{
    private static readonly SqlValue[] Values =
        [new("invoiced"), new("credited"), new("net"), new("documents"), new("previous"), new("change"), new("sales_rank", "MAX")];

    public async Task<SalesByCustomerReport> RunAsync(SalesByCustomerFilter filter, CancellationToken ct)
    {
        var args = new SqlArguments();
        var sql = Build(filter, args, (args.Add("take", filter.List.PageSize), args.Add("skip", filter.List.Skip)));
        var read = await ReportSql.QueryAsync(db, sql, args, Read, ct);
        var totals = read.Where(r => r.Total is not null).Select(r => r.Total!).OrderBy(t => t.Currency, StringComparer.Ordinal).ToList();
        var net = totals.ToDictionary(t => t.Currency, t => t.Net);
        return new SalesByCustomerReport(
            filter,
            [.. read.Where(r => r.Row is not null).OrderBy(r => r.Seq).Select(r => r.Row! with { SharePercent = SalesByCustomerReport.Share(r.Row!.Net, net[r.Row.Currency]) })],
            totals);
    }

    public async Task<IReadOnlyList<SalesByCustomerRow>> AllRowsAsync(SalesByCustomerFilter filter, CancellationToken ct)
    {
        var args = new SqlArguments();
        var rows = (await ReportSql.QueryAsync(db, Build(filter, args, null), args, Read, ct)).Select(r => r.Row!).ToList();
        var net = rows.GroupBy(r => r.Currency).ToDictionary(g => g.Key, g => g.Sum(r => r.Net));
        return [.. rows.Select(r => r with { SharePercent = SalesByCustomerReport.Share(r.Net, net[r.Currency]) })];
    }

    private static string Build(SalesByCustomerFilter filter, SqlArguments args, (string, string)? page)
    {
        var from = args.Add("from", filter.Period.From);
        var scanFrom = filter.Compare ? args.Add("previousFrom", filter.Period.Previous.From) : from;
        var to = args.Add("to", filter.Period.To);
        var where = (filter.CustomerId is { } id ? $" AND d.\"CustomerId\" = {args.Add("customerId", id)}" : "")
            + (filter.Currency is { } code ? $" AND d.\"Currency\" = {args.Add("currency", code)}" : "")
            + CustomerSearch.Sql(filter.List.Search, "d.\"CustomerId\"", args);
        const string signed = "CASE WHEN d.\"Kind\" = 'Invoice' THEN d.\"SubtotalMinor\" ELSE -d.\"SubtotalMinor\" END";
        var ctes = $"""
            sales AS (
                SELECT d."CustomerId" AS customer_id, d."Currency" AS currency,
                    CAST(SUM(CASE WHEN d."Date" >= {from} AND d."Kind" = 'Invoice' THEN d."SubtotalMinor" ELSE 0 END) AS BIGINT) AS invoiced,
                    CAST(SUM(CASE WHEN d."Date" >= {from} AND d."Kind" = 'CreditNote' THEN d."SubtotalMinor" ELSE 0 END) AS BIGINT) AS credited,
                    CAST(SUM(CASE WHEN d."Date" >= {from} THEN {signed} ELSE 0 END) AS BIGINT) AS net,
                    CAST(SUM(CASE WHEN d."Date" >= {from} THEN 1 ELSE 0 END) AS BIGINT) AS documents,
                    CAST(SUM(CASE WHEN d."Date" < {from} THEN {signed} ELSE 0 END) AS BIGINT) AS previous
                FROM "SalesDocuments" d
                WHERE d."Kind" IN ('Invoice', 'CreditNote') AND d."Status" <> 'draft' AND d."Date" >= {scanFrom} AND d."Date" <= {to}{where}
                GROUP BY d."CustomerId", d."Currency"
            ),
            per_customer AS (
                SELECT customer_id, currency, invoiced, credited, net, documents, previous, net - previous AS change,
                    RANK() OVER (PARTITION BY currency ORDER BY net DESC) AS sales_rank
                FROM sales
            )
            """;
        return CustomerPageSql.Build(ctes, Values, Order(filter.List), page);
    }

    private static string Order(Common.ListQuery list)
    {
        var direction = list.Descending ? "DESC" : "ASC";
        return list.Sort switch
        {
            "customer" => $"c.\"NameNormalized\" {direction}, p.customer_id, p.currency",
            "number" => $"c.\"Number\" {direction}, p.currency",
            "currency" => $"p.currency {direction}, p.net DESC, p.customer_id",
            "invoiced" or "credited" or "documents" or "previous" or "change" => $"p.currency, p.{list.Sort} {direction}, p.customer_id",
            _ => $"p.currency, p.net {direction}, p.customer_id",
        };
    }

    private static (long Seq, SalesByCustomerRow? Row, SalesByCustomerTotal? Total) Read(DbDataReader r)
    {
        var v = CustomerPageSql.FirstValue;
        var currency = r.GetString(5);
        return r.GetInt64(0) == 0
            ? (r.GetInt64(1), new SalesByCustomerRow(
                r.GetInt64(2), r.Text(3), r.Text(4), currency, r.Long(v), r.Long(v + 1), r.Long(v + 2), r.Long(v + 3), r.Long(v + 4), r.Long(v + 6), 0), null)
            : (0, null, new SalesByCustomerTotal(currency, (int)r.GetInt64(1), r.Long(v), r.Long(v + 1), r.Long(v + 2), r.Long(v + 3), r.Long(v + 4)));
    }
}
