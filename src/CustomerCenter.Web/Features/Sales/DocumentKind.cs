namespace CustomerCenter.Web.Features.Sales;

public enum DocumentKind
{
    Quote,
    SalesOrder,
    DeliveryNote,
    Invoice,
    CreditNote,
}
