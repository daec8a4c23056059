using System.Globalization;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>A column: debits whose aging date lies in dueFrom–dueTo (open ends unbounded) and, when credits, every unapplied credit.</summary>
public sealed record AgingColumnDto(string Label, bool Debits, bool Credits, DateOnly? DueFrom, DateOnly? DueTo);

public sealed record AgingRowDto(long CustomerId, string CustomerName, string CustomerNumber, string Currency, IReadOnlyList<decimal> Amounts, decimal Total);

public sealed record AgingTotalDto(string Currency, int Customers, IReadOnlyList<decimal> Amounts, decimal Total);

/// <summary>Aging per customer and currency as of a date; totals per currency over every customer selected, never across currencies.</summary>
public sealed record AgingDto(
    DateOnly AsOf,
    AgingBasis Basis,
    AgingLayout By,
    string Buckets,
    IReadOnlyList<AgingColumnDto> Columns,
    IReadOnlyList<AgingRowDto> Items,
    IReadOnlyList<AgingTotalDto> Totals,
    int Page,
    int PageSize,
    int Total)
{
    public static AgingDto Of(AgingReport report) => new(
        report.Filter.AsOf,
        report.Filter.Basis,
        report.Filter.Layout,
        report.Filter.Buckets.ToString(),
        [.. report.Columns.Select(c => new AgingColumnDto(c.Label, c.Debits, c.Credits, c.From, c.To))],
        [.. report.Rows.Select(r => new AgingRowDto(
            r.CustomerId, r.CustomerName, r.CustomerNumber, r.Currency, Amounts(r.Amounts, r.Currency), ReportMoney.Amount(r.Total, r.Currency)))],
        [.. report.Totals.Select(t => new AgingTotalDto(t.Currency, t.Customers, Amounts(t.Amounts, t.Currency), ReportMoney.Amount(t.Total, t.Currency)))],
        report.Filter.List.Page,
        report.Filter.List.PageSize,
        report.Total);

    private static decimal[] Amounts(IReadOnlyList<long> minor, string currency) => [.. minor.Select(m => ReportMoney.Amount(m, currency))];

    public static IReadOnlyList<ReportColumn<AgingRow>> ExportColumns(IReadOnlyList<AgingColumn> columns) =>
    [
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        .. columns.Select((c, i) => new ReportColumn<AgingRow>(c.Label, ReportValueKind.Amount, r => ReportMoney.Amount(r.Amounts[i], r.Currency))),
        new("Total", ReportValueKind.Amount, r => ReportMoney.Amount(r.Total, r.Currency)),
    ];

    public static string FileName(AgingFilter filter) =>
        filter.Layout == AgingLayout.Month ? "aging-by-month" : "aging-" + filter.Basis.ToString().ToLower(CultureInfo.InvariantCulture);
}
