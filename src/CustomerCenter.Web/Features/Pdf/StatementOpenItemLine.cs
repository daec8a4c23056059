using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>An item still open at the end of the period; credits have negative amounts. Minor units.</summary>
public sealed record StatementOpenItemLine(
    DateOnly Date,
    LedgerEntryKind Kind,
    string Reference,
    DateOnly? DueDate,
    long OriginalAmount,
    long OpenAmount,
    int DaysOverdue);
