using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>One ledger entry on an activity statement; debit and credit are zero or positive, all in minor units.</summary>
public sealed record StatementActivityLine(
    DateOnly Date,
    LedgerEntryKind Kind,
    string Reference,
    DateOnly? DueDate,
    long Debit,
    long Credit,
    long RunningBalance);
