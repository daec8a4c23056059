namespace CustomerCenter.Domain.Receivables;

/// <summary>An invoice a payment could be applied to, with what is still open on it; the id is the host's invoice id.</summary>
public sealed record OpenInvoice<TId>(TId Id, Money Open, DateOnly DueDate, DateOnly Date)
    where TId : notnull;
