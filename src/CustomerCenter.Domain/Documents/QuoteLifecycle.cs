using System.Globalization;

namespace CustomerCenter.Domain.Documents;

/// <summary>
/// The moves a quote can make: Draft → Sent → Accepted / Declined / Expired, and an accepted quote converts to
/// one sales order. A quote is valid through its valid-until date and expired from the day after.
/// </summary>
public static class QuoteLifecycle
{
    public static DomainResult<QuoteStatus> Send(QuoteStatus status) =>
        status == QuoteStatus.Draft
            ? DomainResult<QuoteStatus>.Ok(QuoteStatus.Sent)
            : Refuse(status, "sent");

    public static DomainResult<QuoteStatus> Accept(QuoteStatus status, DateOnly? validUntil, DateOnly today)
    {
        if (status != QuoteStatus.Sent)
        {
            return Refuse(status, "accepted");
        }

        return IsPastValidity(validUntil, today)
            ? DomainResult<QuoteStatus>.Conflict($"This quote was valid until {Iso(validUntil!.Value)} and has expired; it can't be accepted.")
            : DomainResult<QuoteStatus>.Ok(QuoteStatus.Accepted);
    }

    public static DomainResult<QuoteStatus> Decline(QuoteStatus status) =>
        status == QuoteStatus.Sent
            ? DomainResult<QuoteStatus>.Ok(QuoteStatus.Declined)
            : Refuse(status, "declined");

    public static DomainResult<QuoteStatus> Expire(QuoteStatus status, DateOnly? validUntil, DateOnly today)
    {
        if (status != QuoteStatus.Sent)
        {
            return Refuse(status, "expired");
        }

        return IsPastValidity(validUntil, today)
            ? DomainResult<QuoteStatus>.Ok(QuoteStatus.Expired)
            : DomainResult<QuoteStatus>.Conflict(validUntil is { } date
                ? $"This quote is valid until {Iso(date)} and can't expire before then."
                : "A quote without a valid-until date doesn't expire.");
    }

    /// <summary>Whether the quote may become a sales order; the status stays Accepted, the order is the record of it.</summary>
    public static DomainResult Convert(QuoteStatus status, bool alreadyConverted)
    {
        if (status != QuoteStatus.Accepted)
        {
            return DomainResult.Conflict($"A quote that is {Describe(status)} can't be converted to an order; it must be accepted first.");
        }

        return alreadyConverted
            ? DomainResult.Conflict("This quote has already been converted to an order.")
            : DomainResult.Ok();
    }

    /// <summary>Only drafts can be edited or deleted; a sent quote is what the customer saw.</summary>
    public static DomainResult EnsureEditable(QuoteStatus status) =>
        status == QuoteStatus.Draft
            ? DomainResult.Ok()
            : DomainResult.Conflict($"A quote that is {Describe(status)} can't be changed or deleted.");

    /// <summary>The status to show: a sent quote past its valid-until date reads as expired before any job marks it.</summary>
    public static QuoteStatus EffectiveStatus(QuoteStatus status, DateOnly? validUntil, DateOnly today) =>
        status == QuoteStatus.Sent && IsPastValidity(validUntil, today) ? QuoteStatus.Expired : status;

    private static bool IsPastValidity(DateOnly? validUntil, DateOnly today) => validUntil is { } date && today > date;

    private static DomainResult<QuoteStatus> Refuse(QuoteStatus status, string move) =>
        DomainResult<QuoteStatus>.Conflict(
            Describe(status) == move
                ? $"This quote is already {move}."
                : $"A quote that is {Describe(status)} can't be {move}.");

    private static string Describe(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft => "still a draft",
        QuoteStatus.Sent => "sent",
        QuoteStatus.Accepted => "accepted",
        QuoteStatus.Declined => "declined",
        QuoteStatus.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
