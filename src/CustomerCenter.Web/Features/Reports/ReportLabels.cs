using System.Globalization;
using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Words for stored values, the same on the pages and in the exports.</summary>
public static class ReportLabels
{
    public static string Kind(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Invoice => "Invoice",
        LedgerEntryKind.CreditNote => "Credit note",
        LedgerEntryKind.Payment => "Payment",
        LedgerEntryKind.PaymentReversal => "Payment reversal",
        LedgerEntryKind.Refund => "Refund",
        _ => "Bounced cheque",
    };

    /// <summary>YYYY-MM-DD, or nothing.</summary>
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
