using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Receivables;

public sealed record StatementLineDto(DateOnly Date, LedgerEntryKind Kind, string Reference, DateOnly? DueDate, decimal Debit, decimal Credit, decimal Balance);

public sealed record StatementOpenItemDto(DateOnly Date, LedgerEntryKind Kind, string Reference, DateOnly? DueDate, decimal OriginalAmount, decimal OpenAmount, int DaysOverdue);

public sealed record AgingDto(IReadOnlyList<string> Labels, IReadOnlyList<decimal> Amounts, decimal Total);

public sealed record StatementDto(
    long CustomerId,
    string Currency,
    DateOnly From,
    DateOnly To,
    decimal OpeningBalance,
    IReadOnlyList<StatementLineDto> Lines,
    decimal ClosingBalance,
    IReadOnlyList<StatementOpenItemDto> OpenItems,
    AgingDto Aging)
{
    public static StatementDto Of(long customerId, Statement s) => new(
        customerId,
        s.Currency,
        s.From,
        s.To,
        s.OpeningBalance.ToDecimal(),
        [.. s.Lines.Select(l => new StatementLineDto(
            l.Entry.Date, l.Entry.Kind, l.Entry.Reference, l.Entry.DueDate,
            l.Entry.Amount.IsPositive ? l.Entry.Amount.ToDecimal() : 0m,
            l.Entry.Amount.IsNegative ? -l.Entry.Amount.ToDecimal() : 0m,
            l.RunningBalance.ToDecimal()))],
        s.ClosingBalance.ToDecimal(),
        [.. s.OpenItems.Select(i => new StatementOpenItemDto(
            i.Date, i.Kind, i.Reference, i.DueDate, i.OriginalAmount.ToDecimal(), i.OpenAmount.ToDecimal(), Math.Max(0, i.DaysPastDue(s.To))))],
        new AgingDto(s.Aging.Labels, [.. s.Aging.Amounts.Select(a => a.ToDecimal())], s.Aging.Total.ToDecimal()));
}
