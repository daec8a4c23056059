namespace CustomerCenter.Web.Features.Receivables;

/// <summary>A customer's position in one currency. Positive balance: the customer owes us.</summary>
public sealed record BalanceDto(
    string Currency,
    decimal Balance,
    decimal Overdue,
    decimal UnappliedCredit,
    DateOnly? LastPaymentDate,
    decimal? LastPaymentAmount,
    decimal? CreditLimit,
    decimal? CreditLimitUsedPercent);
