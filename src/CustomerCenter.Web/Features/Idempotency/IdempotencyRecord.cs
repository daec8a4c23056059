namespace CustomerCenter.Web.Features.Idempotency;

/// <summary>
/// A POST that carried an Idempotency-Key: claimed before the work runs, completed with the response,
/// so a retry with the same key replays the response instead of doing the work twice.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>Who called and what: "staff:7|POST /api/v1/payments". Keys only collide within one scope.</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 of the request body: the same key with another body is a client bug (422).</summary>
    public required string RequestHash { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public string? Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
