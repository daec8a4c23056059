namespace CustomerCenter.Web.Features.Email;

/// <summary>An outbox message's state in words: queued, sent, retrying (a failed attempt, more to come) or failed (gave up).</summary>
public static class EmailStatuses
{
    public static string Of(DateTime? sentAt, int attempts, bool hasError) =>
        sentAt is not null ? "sent"
        : attempts >= OutboxWorker.MaxAttempts ? "failed"
        : hasError ? "retrying"
        : "queued";
}
