namespace CustomerCenter.Web.Features.Payments;

public enum PaymentStatus
{
    /// <summary>A cheque in hand, not yet deposited: not in the ledger, nothing applied.</summary>
    Received,

    /// <summary>In the ledger; its allocations are applied.</summary>
    Posted,

    /// <summary>Undone by a reversal: both entries stay in the ledger.</summary>
    Reversed,

    /// <summary>A cheque the bank returned unpaid.</summary>
    Bounced,
}
