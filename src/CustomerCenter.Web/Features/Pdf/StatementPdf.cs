using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// A customer statement for one currency and period. <see cref="StatementStyle.Activity"/> prints
/// <paramref name="Lines"/>, <see cref="StatementStyle.OpenItems"/> prints <paramref name="OpenItems"/>; both print
/// the balances and the aging strip. Amounts are minor units of <paramref name="CurrencyCode"/>.
/// </summary>
public sealed record StatementPdf(
    string Language,
    PdfSeller Seller,
    PdfCustomer Customer,
    string CurrencyCode,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    StatementStyle Style,
    long OpeningBalance,
    IReadOnlyList<StatementActivityLine> Lines,
    IReadOnlyList<StatementOpenItemLine> OpenItems,
    long ClosingBalance,
    StatementAging Aging)
{
    /// <summary>The printable form of a statement the domain built; days overdue count to its end date.</summary>
    public static StatementPdf FromStatement(
        Statement statement, StatementStyle style, string language, PdfSeller seller, PdfCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var lines = statement.Lines
            .Select(line => new StatementActivityLine(
                line.Entry.Date,
                line.Entry.Kind,
                line.Entry.Reference,
                line.Entry.DueDate,
                Debit: Math.Max(line.Entry.Amount.Minor, 0),
                Credit: Math.Max(-line.Entry.Amount.Minor, 0),
                line.RunningBalance.Minor))
            .ToList();
        var openItems = statement.OpenItems
            .Select(item => new StatementOpenItemLine(
                item.Date,
                item.Kind,
                item.Reference,
                item.DueDate,
                item.OriginalAmount.Minor,
                item.OpenAmount.Minor,
                item.IsCredit ? 0 : Math.Max(item.DaysPastDue(statement.To), 0)))
            .ToList();
        var aging = new StatementAging(statement.Aging.Buckets.Limits, [.. statement.Aging.Amounts.Select(amount => amount.Minor)]);

        return new StatementPdf(
            language, seller, customer, statement.Currency, statement.From, statement.To, style,
            statement.OpeningBalance.Minor, lines, openItems, statement.ClosingBalance.Minor, aging);
    }
}
