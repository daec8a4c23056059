using System.Globalization;
using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// The printed words of sales documents and statements in one language, with the culture and date pattern that
/// go with it. Every property is required, so a new language can't silently miss a label. To add a language:
/// copy <c>PdfTexts.English.cs</c>, translate it, and add its code to <see cref="For"/>.
/// </summary>
internal sealed partial class PdfTexts
{
    /// <summary>The texts for an ISO 639-1 code; languages without a template get English (labels and formats alike).</summary>
    public static PdfTexts For(string? language) => language switch
    {
        "de" => German,
        "fr" => French,
        _ => English,
    };

    /// <summary>Numbers and month names follow this culture: 1,234.56 (en), 1.234,56 (de), 1 234,56 (fr).</summary>
    public required CultureInfo Culture { get; init; }

    public required string DateFormat { get; init; }

    /// <summary>Where the number goes around the percent sign: "{0}%" or "{0} %".</summary>
    public required string PercentFormat { get; init; }

    public required string Quote { get; init; }
    public required string SalesOrder { get; init; }
    public required string DeliveryNote { get; init; }
    public required string Invoice { get; init; }
    public required string CreditNote { get; init; }
    public required string Draft { get; init; }

    public required string Number { get; init; }
    public required string Date { get; init; }
    public required string DueDate { get; init; }
    public required string ValidUntil { get; init; }
    public required string DeliveryDate { get; init; }
    public required string CustomerNumber { get; init; }
    public required string Reference { get; init; }
    public required string Currency { get; init; }
    public required string VatNumber { get; init; }
    public required string RegistrationNumber { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required string Bank { get; init; }

    /// <summary>"Page {0} of {1}".</summary>
    public required string PageOf { get; init; }

    public required string BillTo { get; init; }
    public required string ShipTo { get; init; }

    public required string Description { get; init; }
    public required string Quantity { get; init; }
    public required string Unit { get; init; }
    public required string UnitPrice { get; init; }
    public required string Discount { get; init; }
    public required string TaxRate { get; init; }

    /// <summary>Heads the rate column of the tax summary, where the short line-table heading would be ambiguous.</summary>
    public required string TaxRateSummary { get; init; }

    public required string Amount { get; init; }

    public required string NetAmount { get; init; }
    public required string TaxAmount { get; init; }
    public required string Subtotal { get; init; }
    public required string Tax { get; init; }
    public required string Total { get; init; }
    public required string AmountPaid { get; init; }
    public required string AmountDue { get; init; }

    public required string PaymentTerms { get; init; }

    /// <summary>"Please pay {0 amount} by {1 date}, quoting {2 number}."</summary>
    public required string PleasePay { get; init; }

    public required string Notes { get; init; }
    public required string Terms { get; init; }
    public required string GoodsReceived { get; init; }
    public required string DateAndSignature { get; init; }

    public required string Statement { get; init; }
    public required string StatementDate { get; init; }
    public required string Period { get; init; }
    public required string OpeningBalance { get; init; }
    public required string ClosingBalance { get; init; }
    public required string TotalOpen { get; init; }
    public required string EntryType { get; init; }

    /// <summary>Heads the statement column of document numbers (ours, unlike the customer's <see cref="Reference"/>).</summary>
    public required string DocumentReference { get; init; }

    public required string Debit { get; init; }
    public required string Credit { get; init; }
    public required string Balance { get; init; }
    public required string OriginalAmount { get; init; }
    public required string OpenAmount { get; init; }
    public required string DaysOverdue { get; init; }
    public required string Payment { get; init; }
    public required string PaymentReversal { get; init; }
    public required string Refund { get; init; }
    public required string ChequeBounce { get; init; }

    /// <summary>"Aging as of {0}".</summary>
    public required string AgingAsOf { get; init; }

    public required string AgingCurrent { get; init; }

    /// <summary>"Over {0}" (days) for the last aging bucket.</summary>
    public required string AgingOver { get; init; }

    public required string AgingTotal { get; init; }

    public string Title(BusinessDocumentKind kind) => kind switch
    {
        BusinessDocumentKind.Quote => Quote,
        BusinessDocumentKind.SalesOrder => SalesOrder,
        BusinessDocumentKind.DeliveryNote => DeliveryNote,
        BusinessDocumentKind.Invoice => Invoice,
        BusinessDocumentKind.CreditNote => CreditNote,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string EntryKind(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Invoice => Invoice,
        LedgerEntryKind.CreditNote => CreditNote,
        LedgerEntryKind.Payment => Payment,
        LedgerEntryKind.PaymentReversal => PaymentReversal,
        LedgerEntryKind.Refund => Refund,
        LedgerEntryKind.ChequeBounce => ChequeBounce,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
