using System.Globalization;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Rebuilds the aging summary when the day changes (and at start when it is missing or old). Until it has, the
/// aging report computes today from the ledger: slower, never wrong.
/// </summary>
internal sealed class CustomerAgingRefresher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CustomerAgingRefresher> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var today = ReportParameters.Today(clock);
                if (await CustomerAgingSummary.DayAsync(db, stoppingToken) != today)
                {
                    var started = clock.GetTimestamp();
                    await CustomerAgingSummary.RefreshAsync(db, today, stoppingToken);
                    log.LogInformation("Aging summary rebuilt as of {Day} in {Elapsed} ms.", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (int)clock.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Rebuilding the aging summary failed; the aging report computes from the ledger until it succeeds.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
