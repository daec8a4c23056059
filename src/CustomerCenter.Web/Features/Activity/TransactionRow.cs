namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// One line of a customer's transactions, whatever its table. <c>OpenMinor</c> is what is still due on
/// an invoice or unused on a credit note or payment; <c>Link</c> is its page.
/// </summary>
public sealed record TransactionRow(
    TransactionType Type, long Id, string? Number, DateOnly Date, DateOnly? DueDate, string Status, long AmountMinor, long? OpenMinor, string Currency,
    bool IsOverdue, string Link);
