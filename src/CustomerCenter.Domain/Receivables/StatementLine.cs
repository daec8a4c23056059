namespace CustomerCenter.Domain.Receivables;

/// <summary>A ledger entry on a statement with the balance right after it.</summary>
public sealed record StatementLine(LedgerEntry Entry, Money RunningBalance);
