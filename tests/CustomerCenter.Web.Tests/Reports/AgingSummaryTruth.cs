using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>The maintained aging summary (<see cref="CustomerAging"/>) against <see cref="LedgerTruth"/> as of the summary's own day.</summary>
public static class AgingSummaryTruth
{
    /// <summary>Every customer and currency with something open, or only <paramref name="customerId"/>'s.</summary>
    public static async Task AssertEqualsLedgerAsync(AppFactory app, long? customerId = null) =>
        AssertEqualsLedger(await LedgerTruth.LoadAsync(app), await DayAsync(app), await RowsAsync(app), customerId);

    public static Task<List<CustomerAging>> RowsAsync(AppFactory app) =>
        app.WithDbAsync(db => db.Set<CustomerAging>().AsNoTracking().ToListAsync());

    public static void AssertEqualsLedger(LedgerTruth truth, DateOnly day, IReadOnlyList<CustomerAging> rows, long? customerId = null)
    {
        Assert.All(rows, r => Assert.Equal(day.DayNumber, r.AsOfDay));

        var expected = truth.OpenItems(day)
            .Where(i => customerId is null || i.Entry.CustomerId == customerId)
            .GroupBy(i => (i.Entry.CustomerId, i.Entry.Currency))
            .Select(g => Line(g.Key, [
                g.Where(i => i.Open < 0).Sum(i => i.Open),
                .. Enumerable.Range(0, 5).Select(b => g.Where(i => i.Open > 0 && LedgerTruth.Bucket(i, day) == b).Sum(i => i.Open))]))
            .Order();
        var actual = rows
            .Where(r => customerId is null || r.CustomerId == customerId)
            .Select(r => (Key: (r.CustomerId, r.Currency), Amounts: new[] { r.CreditsMinor, r.CurrentMinor, r.Days1To30Minor, r.Days31To60Minor, r.Days61To90Minor, r.Over90Minor }))
            .Where(r => r.Amounts.Any(a => a != 0))
            .Select(r => Line(r.Key, r.Amounts))
            .Order();
        Assert.Equal(expected, actual);
    }

    /// <summary>The summary's day; the app builds it in the background at start, so this waits for it a little.</summary>
    public static async Task<DateOnly> DayAsync(AppFactory app)
    {
        for (var attempt = 0; ; attempt++)
        {
            var day = await app.WithDbAsync(db => db.Set<CustomerAgingDay>().AsNoTracking().Select(d => (int?)d.AsOfDay).SingleOrDefaultAsync());
            if (day is { } number)
            {
                return DateOnly.FromDayNumber(number);
            }

            Assert.True(attempt < 100, "The aging summary was never built.");
            await Task.Delay(100);
        }
    }

    private static string Line((long CustomerId, string Currency) key, long[] amounts) => $"{key.CustomerId} {key.Currency}: {string.Join(" ", amounts)}";
}
