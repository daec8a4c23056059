using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomerCenter.Web.Features.Email;

/// <summary>
/// Delivers outbox messages. Several app instances can run this at once: a message is claimed with a
/// conditional UPDATE (only one instance wins it) for a limited time; a message whose claim ran out
/// without being marked sent — the instance crashed — is claimed again. Delivery is therefore
/// at-least-once; failures are retried with exponential backoff.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);
    public const int MaxAttempts = 8;

    private readonly string _instance = Truncate($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}", 100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox delivery round failed; trying again later");
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>Claims, sends and marks one message; false when nothing is due.</summary>
    public async Task<bool> DeliverNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidate = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.AvailableAt <= now && m.Attempts < MaxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.AvailableAt).ThenBy(m => m.Id)
            .Select(m => m.Id).FirstOrDefaultAsync(ct);
        if (candidate == 0)
        {
            return false;
        }

        var until = now + ClaimDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == candidate && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, _instance).SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (claimed == 0)
        {
            return true;
        }

        var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == candidate, ct);
        try
        {
            var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
            await transport.SendAsync(MimeBuilder.Build(message, options.Value.From), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, message.Attempts)));
            var error = e.Message.Length > 1900 ? e.Message[..1900] : e.Message;
            await db.OutboxMessages.Where(m => m.Id == candidate && m.ClaimedBy == _instance)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.LastError, error).SetProperty(m => m.AvailableAt, now + backoff), ct);
            logger.LogWarning(e, "Sending outbox message {Id} failed (attempt {Attempt})", candidate, message.Attempts);
            return true;
        }

        await MarkSentAsync(db, candidate, ct);
        return true;
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;

    /// <summary>Separate so tests can crash "between sending and marking sent".</summary>
    private Task MarkSentAsync(AppDbContext db, long id, CancellationToken ct) =>
        db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, clock.GetUtcNow().UtcDateTime).SetProperty(m => m.LastError, (string?)null), ct);
}
