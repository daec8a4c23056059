namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// A customer's sales in one currency over the period, in minor units, before tax: invoiced, credited, net
/// (invoiced less credited), its rank by net within the currency and its share of the currency's net (a percent);
/// <see cref="Previous"/> is the net of the period before when comparing, else zero.
/// </summary>
public sealed record SalesByCustomerRow(
    long CustomerId, string CustomerName, string CustomerNumber, string Currency,
    long Invoiced, long Credited, long Net, long Documents, long Previous, long Rank, decimal SharePercent);

public sealed record SalesByCustomerTotal(string Currency, int Customers, long Invoiced, long Credited, long Net, long Documents, long Previous);

public sealed record SalesByCustomerReport(SalesByCustomerFilter Filter, IReadOnlyList<SalesByCustomerRow> Rows, IReadOnlyList<SalesByCustomerTotal> Totals)
{
    public int Total => Totals.Sum(t => t.Customers);

    /// <summary>A part of a whole as a percent with two decimals; nothing of nothing is 0.</summary>
    public static decimal Share(long part, long whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
