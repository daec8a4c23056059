namespace CustomerCenter.Web.Features.Reports;

/// <summary>An open order line: quantities with three decimals; openValue is the net amount not yet invoiced.</summary>
public sealed record OpenOrderRowDto(
    long OrderId, string Number, DateOnly Date, string Status, long CustomerId, string CustomerName, string Currency, long LineId, string Description,
    decimal Quantity, decimal Delivered, decimal Invoiced, decimal ToDeliver, decimal ToInvoice, decimal LineNet, decimal OpenValue);

public sealed record OpenOrderTotalDto(string Currency, int Orders, int Lines, decimal OpenValue);

public sealed record OpenOrderDto(IReadOnlyList<OpenOrderRowDto> Items, IReadOnlyList<OpenOrderTotalDto> Totals, int Page, int PageSize, int Total)
{
    public static OpenOrderDto Of(OpenOrderReport report) => new(
        [.. report.Rows.Select(r => new OpenOrderRowDto(
            r.OrderId, r.Number, r.Date, r.Status, r.CustomerId, r.CustomerName, r.Currency, r.LineId, r.Description,
            r.QuantityMilli / 1000m, r.DeliveredMilli / 1000m, r.InvoicedMilli / 1000m, r.ToDeliverMilli / 1000m, r.ToInvoiceMilli / 1000m,
            ReportMoney.Amount(r.NetMinor, r.Currency), ReportMoney.Amount(r.OpenValue, r.Currency)))],
        [.. report.Totals.Select(t => new OpenOrderTotalDto(t.Currency, t.Orders, t.Lines, ReportMoney.Amount(t.OpenValue, t.Currency)))],
        report.Filter.List.Page,
        report.Filter.List.PageSize,
        report.Total);

    public static readonly IReadOnlyList<ReportColumn<OpenOrderRow>> ExportColumns =
    [
        new("Order", ReportValueKind.Text, r => r.Number),
        new("Date", ReportValueKind.Date, r => r.Date),
        new("Status", ReportValueKind.Text, r => r.Status),
        new("Customer number", ReportValueKind.Text, r => r.CustomerNumber),
        new("Customer", ReportValueKind.Text, r => r.CustomerName),
        new("Currency", ReportValueKind.Text, r => r.Currency),
        new("Line", ReportValueKind.Integer, r => r.Position),
        new("Description", ReportValueKind.Text, r => r.Description),
        new("Ordered", ReportValueKind.Amount, r => r.QuantityMilli / 1000m),
        new("Delivered", ReportValueKind.Amount, r => r.DeliveredMilli / 1000m),
        new("Invoiced", ReportValueKind.Amount, r => r.InvoicedMilli / 1000m),
        new("To deliver", ReportValueKind.Amount, r => r.ToDeliverMilli / 1000m),
        new("To invoice", ReportValueKind.Amount, r => r.ToInvoiceMilli / 1000m),
        new("Open value", ReportValueKind.Amount, r => ReportMoney.Amount(r.OpenValue, r.Currency)),
    ];
}
