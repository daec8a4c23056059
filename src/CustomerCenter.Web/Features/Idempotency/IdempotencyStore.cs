using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Idempotency;

public enum ClaimResult
{
    Claimed,
    Replay,
    DifferentRequest,
    InProgress,
}

/// <summary>
/// Claims and completes idempotency records in their own short transactions (a separate scope, so the
/// request's own unit of work is untouched). The unique (Scope, Key) index decides races: of twenty
/// concurrent requests with one key, one claims it and the others wait for its response.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(30);

    public async Task<(ClaimResult Result, IdempotencyRecord? Record)> ClaimAsync(string scope, string key, string hash, CancellationToken ct)
    {
        await using (var claim = scopes.CreateAsyncScope())
        {
            var db = claim.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new IdempotencyRecord { Scope = scope, Key = key, RequestHash = hash, CreatedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
                return (ClaimResult.Claimed, null);
            }
            catch (DbUpdateException)
            {
                // Someone holds this key already: fall through and look at what they did.
            }
        }

        var waitUntil = clock.GetUtcNow() + WaitForFirst;
        while (true)
        {
            var existing = await FindAsync(scope, key, ct);
            if (existing is null)
            {
                // The first attempt failed and released the key: try to claim it ourselves.
                return await ClaimAsync(scope, key, hash, ct);
            }

            if (existing.RequestHash != hash)
            {
                return (ClaimResult.DifferentRequest, existing);
            }

            if (existing.CompletedAt is not null)
            {
                return (ClaimResult.Replay, existing);
            }

            if (clock.GetUtcNow() > waitUntil)
            {
                return (ClaimResult.InProgress, existing);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }
    }

    public async Task CompleteAsync(string scope, string key, CapturedResponse response, CancellationToken ct)
    {
        await using var complete = scopes.CreateAsyncScope();
        var db = complete.ServiceProvider.GetRequiredService<AppDbContext>();
        var record = await db.Set<IdempotencyRecord>().FirstAsync(r => r.Scope == scope && r.Key == key, ct);
        record.StatusCode = response.StatusCode;
        record.ContentType = response.ContentType;
        record.Location = response.Location;
        record.ETag = response.ETag;
        record.Body = response.Body;
        record.CompletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The work failed without an answer worth repeating: free the key for a retry.</summary>
    public async Task ReleaseAsync(string scope, string key)
    {
        await using var release = scopes.CreateAsyncScope();
        var db = release.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key && r.CompletedAt == null).ExecuteDeleteAsync();
    }

    private async Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken ct)
    {
        await using var read = scopes.CreateAsyncScope();
        var db = read.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
    }
}
