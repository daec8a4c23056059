using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="operation"/> in one transaction, joining the current one if there is one.
    /// A new transaction runs under the execution strategy, so a transient PostgreSQL failure retries
    /// the whole operation (the change tracker is cleared first: the operation must load what it needs).
    /// On SQLite the transaction begins IMMEDIATE, so concurrent writers queue instead of deadlocking.
    /// </summary>
    public static async Task<T> RunInTransactionAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> operation, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await operation(ct);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var attempt = 0;
        return await strategy.ExecuteAsync(async token =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await operation(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);
    }
}
