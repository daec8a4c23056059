using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Net sales of one month, in minor units.</summary>
public sealed record MonthSales(int Year, int Month, long Net);

/// <summary>
/// The receivables dashboard in one currency: today's aging (its totals and its ten largest balances), net sales by
/// month this year and last, and days sales outstanding — the open balance over the last 90 days' invoiced totals
/// (tax included, as receivables are), times 90.
/// </summary>
public sealed record Dashboard(string Currency, DateOnly Today, AgingReport Aging, IReadOnlyList<MonthSales> Sales, long Balance, long Sales90Days, decimal? Dso)
{
    public const int DsoDays = 90;

    public AgingTotal? Totals => Aging.Totals.FirstOrDefault();
}

public sealed class DashboardQuery(AppDbContext db, AgingQuery aging)
{
    public async Task<Dashboard> RunAsync(string currency, DateOnly today, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var filter = AgingFilter.Parse(null, null, null, null, currency, null, null, "-total", 1, 10, today, errors);
        var agingReport = await aging.RunAsync(filter, ct);
        var firstDay = new DateOnly(today.Year - 1, 1, 1);
        var sales = await Posted(currency, firstDay, today)
            .GroupBy(d => new { d.Date.Year, d.Date.Month })
            .Select(g => new MonthSales(g.Key.Year, g.Key.Month, g.Sum(d => d.Kind == DocumentKind.Invoice ? d.SubtotalMinor : -d.SubtotalMinor)))
            .ToListAsync(ct);
        var sales90 = await Posted(currency, today.AddDays(1 - Dashboard.DsoDays), today)
            .SumAsync(d => d.Kind == DocumentKind.Invoice ? d.TotalMinor : -d.TotalMinor, ct);
        var balance = agingReport.Totals.FirstOrDefault()?.Total ?? 0;
        decimal? dso = sales90 > 0 ? Math.Round((decimal)balance * Dashboard.DsoDays / sales90, 1, MidpointRounding.AwayFromZero) : null;
        return new Dashboard(currency, today, agingReport, sales, balance, sales90, dso);
    }

    private IQueryable<SalesDocument> Posted(string currency, DateOnly from, DateOnly to) =>
        db.SalesDocuments.AsNoTracking().Where(d =>
            (d.Kind == DocumentKind.Invoice || d.Kind == DocumentKind.CreditNote) && d.Status != DocumentStatuses.Draft
            && d.Currency == currency && d.Date >= from && d.Date <= to);
}
