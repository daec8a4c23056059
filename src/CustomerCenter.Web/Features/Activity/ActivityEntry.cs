using CustomerCenter.Web.Features.Email;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// One line of a customer's timeline, written in the same transaction as the event it describes
/// (see docs/decisions/0008-activity-timeline.md). Append-only; the audit trail keeps the details.
/// </summary>
public sealed class ActivityEntry
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    /// <summary>When it happened (a logged call: when the call took place), UTC.</summary>
    public DateTime At { get; set; }

    public ActivityKind Kind { get; set; }

    public required string Actor { get; set; }

    /// <summary>One plain-text line: "Invoice INV-2026-0001 posted".</summary>
    public required string Summary { get; set; }

    /// <summary>Optional second line: a comment's text, a call's notes, an email's subject.</summary>
    public string? Detail { get; set; }

    /// <summary>The record it is about ("SalesDocument", "Payment", "TaskItem" …), for the link.</summary>
    public string? SubjectType { get; set; }

    public long? SubjectId { get; set; }

    /// <summary>For emails: the outbox message, whose state says queued, sent or failing.</summary>
    public long? OutboxMessageId { get; set; }

    public OutboxMessage? OutboxMessage { get; set; }
}
