using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Payments;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The cheque report's query string: received date range, status, customer, currency.</summary>
public sealed record ChequeReportFilter(DateOnly? From, DateOnly? To, PaymentStatus? Status, long? CustomerId, string? Currency, ListQuery List)
{
    public static readonly string[] Sortable = ["date", "number", "customer", "amount", "status"];

    public static ChequeReportFilter Parse(
        string? from, string? to, string? status, long? customerId, string? currency, string? search, string? sort, int? page, int? pageSize,
        ValidationErrors errors)
    {
        var start = ReportParameters.Date(from, "from", errors);
        var end = ReportParameters.Date(to, "to", errors);
        if (start is not null && end is not null && end < start)
        {
            errors.Add("to", "The end of the period can't be before its start.");
        }

        PaymentStatus? state = status?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => null,
            "received" => PaymentStatus.Received,
            "deposited" => PaymentStatus.Posted,
            "bounced" => PaymentStatus.Bounced,
            "reversed" => PaymentStatus.Reversed,
            _ => Invalid(errors),
        };
        return new ChequeReportFilter(
            start, end, state, ReportParameters.Id(customerId, "customerId", errors), ReportParameters.Currency(currency, errors),
            ListQuery.Parse(search, sort ?? "-date", page, pageSize, Sortable, "date", errors));
    }

    /// <summary>What a cheque's payment status means for the cheque.</summary>
    public static string StatusName(PaymentStatus status) => status switch
    {
        PaymentStatus.Received => "received",
        PaymentStatus.Posted => "deposited",
        PaymentStatus.Bounced => "bounced",
        _ => "reversed",
    };

    private static PaymentStatus? Invalid(ValidationErrors errors)
    {
        errors.Add("status", "Choose one of: all, received, deposited, bounced, reversed.");
        return null;
    }
}
