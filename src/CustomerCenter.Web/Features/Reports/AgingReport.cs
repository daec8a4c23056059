namespace CustomerCenter.Web.Features.Reports;

/// <summary>One customer's open amounts in one currency, per column, in minor units.</summary>
public sealed record AgingRow(long CustomerId, string CustomerName, string CustomerNumber, string Currency, IReadOnlyList<long> Amounts, long Total);

/// <summary>The whole book (as filtered) in one currency: how many customers, the column sums and their total.</summary>
public sealed record AgingTotal(string Currency, int Customers, IReadOnlyList<long> Amounts, long Total);

/// <summary>A page of customers and the totals of every customer the filter selects.</summary>
public sealed record AgingReport(AgingFilter Filter, IReadOnlyList<AgingColumn> Columns, IReadOnlyList<AgingRow> Rows, IReadOnlyList<AgingTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Customers);
}
