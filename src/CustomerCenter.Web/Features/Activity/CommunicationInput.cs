using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A call, meeting or note to log. <see cref="OccurredAt"/> defaults to now.</summary>
public sealed class CommunicationInput
{
    public CommunicationKind? Kind { get; set; }

    /// <summary>"2026-11-26T14:30" (UTC) or an ISO 8601 instant.</summary>
    public string? OccurredAt { get; set; }

    public long? ContactId { get; set; }

    public string? Subject { get; set; }

    public string? Text { get; set; }

    public ValidationErrors Validate(DateTime now, out DateTime occurredAt)
    {
        var errors = new ValidationErrors();
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "Choose call, meeting or note.");
        }

        occurredAt = ActivityDates.ParseInstant(OccurredAt, "occurredAt", "the date and time", errors) ?? now;
        if (occurredAt > now.AddDays(1))
        {
            errors.Add("occurredAt", "Log what has happened: the date can't be in the future.");
        }

        TextRules.CheckRequired(errors, "subject", Subject, "The subject");
        TextRules.CheckText(errors, "subject", Subject, ActivityLimits.Subject, label: "The subject");
        TextRules.CheckText(errors, "text", Text, ActivityLimits.Text, multiline: true, label: "The text");
        return errors;
    }
}
