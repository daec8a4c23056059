using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

/// <summary>
/// Keeps SQLite's planner statistics current. Without them SQLite guesses, and it guessed wrong where it
/// matters: a customer's overdue invoices were read through the (Kind, DueDate) index, i.e. every overdue
/// invoice of every customer (1 s on the bench data), instead of through (CustomerId, Kind, Date) (30 ms).
/// analysis_limit samples each index, so a run stays well under a second on millions of rows.
/// PostgreSQL's autovacuum does this by itself.
/// </summary>
internal sealed class SqliteStatistics(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SqliteStatistics> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    public static Task RefreshAsync(AppDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Refreshing SQLite statistics failed; the planner keeps the previous ones.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
