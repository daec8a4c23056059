namespace CustomerCenter.Domain.Receivables;

/// <summary>What wrote a ledger entry. See <see cref="LedgerEntry.SignOf"/> for which way each moves the balance.</summary>
public enum LedgerEntryKind
{
    Invoice,
    CreditNote,
    Payment,

    /// <summary>Undoes a payment recorded in error.</summary>
    PaymentReversal,

    /// <summary>Money paid back to the customer out of their credit.</summary>
    Refund,

    /// <summary>A cheque that was recorded as a payment and then not honoured by the bank.</summary>
    ChequeBounce,
}
