namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The sales documents that print with <see cref="BusinessDocumentRenderer"/>.</summary>
public enum BusinessDocumentKind
{
    Quote,
    SalesOrder,

    /// <summary>Prints quantities only: no prices, tax or totals.</summary>
    DeliveryNote,

    Invoice,
    CreditNote,
}
