namespace CustomerCenter.Web.Features.Payments;

public sealed record AllocationDto(long InvoiceId, string? InvoiceNumber, decimal Amount, DateOnly Date);

public sealed record ChequeDto(string? Number, string? Bank, DateOnly? Date, DateOnly? DepositedOn);

public sealed record PaymentDto(
    long Id,
    string Number,
    long CustomerId,
    string CustomerName,
    DateOnly Date,
    decimal Amount,
    string Currency,
    PaymentMethod Method,
    string? Reference,
    PaymentStatus Status,
    decimal Applied,
    decimal Unapplied,
    ChequeDto? Cheque,
    IReadOnlyList<AllocationDto> Allocations,
    DateOnly? ReversedOn,
    string? ReversalReason,
    DateTime CreatedAt,
    long Version);

public sealed record PaymentListItem(
    long Id, string Number, long CustomerId, string CustomerName, DateOnly Date, decimal Amount, string Currency, PaymentMethod Method,
    string? Reference, PaymentStatus Status, decimal Unapplied, string? ChequeNumber);

public sealed record RefundDto(
    long Id, string Number, long CustomerId, string CustomerName, DateOnly Date, decimal Amount, string Currency, PaymentMethod Method,
    string? Reference, long? PaymentId, long? CreditNoteId, DateTime CreatedAt);
