namespace CustomerCenter.Web.Features.Reports;

public sealed record SalesByCustomerRowDto(
    int Rank, long CustomerId, string CustomerName, string CustomerNumber, string Currency, decimal Invoiced, decimal Credited, decimal Net,
    decimal SharePercent, long Documents, decimal? PreviousNet, decimal? Change);

public sealed record SalesByCustomerTotalDto(string Currency, int Customers, decimal Invoiced, decimal Credited, decimal Net, long Documents, decimal? PreviousNet);

/// <summary>Net sales (before tax, invoices less credit notes) per customer over a period, ranked per currency, with the previous period when asked.</summary>
public sealed record SalesByCustomerDto(
    DateOnly From, DateOnly To, DateOnly? PreviousFrom, DateOnly? PreviousTo,
    IReadOnlyList<SalesByCustomerRowDto> Items, IReadOnlyList<SalesByCustomerTotalDto> Totals, int Page, int PageSize, int Total)
{
    public static SalesByCustomerDto Of(SalesByCustomerReport report)
    {
        var filter = report.Filter;
        decimal A(long minor, string currency) => ReportMoney.Amount(minor, currency);
        return new SalesByCustomerDto(
            filter.Period.From, filter.Period.To, filter.Compare ? filter.Period.Previous.From : null, filter.Compare ? filter.Period.Previous.To : null,
            [.. report.Rows.Select(r => new SalesByCustomerRowDto(
                (int)r.Rank, r.CustomerId, r.CustomerName, r.CustomerNumber, r.Currency, A(r.Invoiced, r.Currency), A(r.Credited, r.Currency), A(r.Net, r.Currency),
                r.SharePercent, r.Documents, filter.Compare ? A(r.Previous, r.Currency) : null, filter.Compare ? A(r.Net - r.Previous, r.Currency) : null))],
            [.. report.Totals.Select(t => new SalesByCustomerTotalDto(
                t.Currency, t.Customers, A(t.Invoiced, t.Currency), A(t.Credited, t.Currency), A(t.Net, t.Currency), t.Documents,
                filter.Compare ? A(t.Previous, t.Currency) : null))],
            filter.List.Page,
            filter.List.PageSize,
            report.Total);
    }

    public static IReadOnlyList<ReportColumn<SalesByCustomerRow>> ExportColumns(bool compare) =>
    [
        new("Rank", ReportValueKind.Integer, r => r.Rank),
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        new("Invoiced", ReportValueKind.Amount, r => ReportMoney.Amount(r.Invoiced, r.Currency)),
        new("Credited", ReportValueKind.Amount, r => ReportMoney.Amount(r.Credited, r.Currency)),
        new("Net sales", ReportValueKind.Amount, r => ReportMoney.Amount(r.Net, r.Currency)),
        new("Share %", ReportValueKind.Percent, r => r.SharePercent),
        new("Documents", ReportValueKind.Integer, r => r.Documents),
        .. compare
            ? new ReportColumn<SalesByCustomerRow>[]
            {
                new("Previous period", ReportValueKind.Amount, r => ReportMoney.Amount(r.Previous, r.Currency)),
                new("Change", ReportValueKind.Amount, r => ReportMoney.Amount(r.Net - r.Previous, r.Currency)),
            }
            : [],
    ];
}
