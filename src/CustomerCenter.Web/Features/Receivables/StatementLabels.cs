using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>The words the statement page and the reports use for ledger entries (the PDF has its own, per language).</summary>
public static class StatementLabels
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
}
