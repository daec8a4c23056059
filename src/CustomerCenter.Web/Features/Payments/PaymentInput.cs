namespace CustomerCenter.Web.Features.Payments;

/// <summary>A payment received: <c>{ customerId, date, amount, currency, method, reference, cheque, allocations }</c>.</summary>
public sealed class PaymentInput
{
    public long? CustomerId { get; set; }

    /// <summary>Defaults to today.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>In the currency's decimals, more than zero.</summary>
    public decimal? Amount { get; set; }

    /// <summary>ISO 4217; defaults to the customer's currency.</summary>
    public string? Currency { get; set; }

    public PaymentMethod? Method { get; set; }

    public string? Reference { get; set; }

    /// <summary>Required when the method is cheque.</summary>
    public ChequeInput? Cheque { get; set; }

    /// <summary>Invoices to apply the payment to; what is left stays as unapplied credit.</summary>
    public List<AllocationInput>? Allocations { get; set; }
}

public sealed class ChequeInput
{
    public string? Number { get; set; }

    public string? Bank { get; set; }

    public DateOnly? Date { get; set; }
}

public sealed class AllocationInput
{
    public long? InvoiceId { get; set; }

    public decimal? Amount { get; set; }
}

public sealed class ApplyCreditInput
{
    public List<AllocationInput>? Allocations { get; set; }

    public DateOnly? Date { get; set; }
}

public sealed class ReverseInput
{
    public DateOnly? Date { get; set; }

    public string? Reason { get; set; }
}

public sealed class DepositInput
{
    public DateOnly? Date { get; set; }
}

public sealed class RefundInput
{
    public long? CustomerId { get; set; }

    public DateOnly? Date { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public PaymentMethod? Method { get; set; }

    public string? Reference { get; set; }

    /// <summary>Pay back this payment's unapplied credit …</summary>
    public long? PaymentId { get; set; }

    /// <summary>… or this credit note's open amount.</summary>
    public long? CreditNoteId { get; set; }
}
