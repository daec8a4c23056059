namespace CustomerCenter.Domain.Receivables;

/// <summary>Part of a payment (or of unapplied credit) applied to one invoice.</summary>
public sealed record Allocation<TId>(TId InvoiceId, Money Amount)
    where TId : notnull;
