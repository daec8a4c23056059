namespace CustomerCenter.Web.Features.Activity;

/// <summary>What the customer page's transaction list can show: every document kind, payments (cheques among them), cheques alone, refunds.</summary>
public enum TransactionType
{
    Quote,
    SalesOrder,
    DeliveryNote,
    Invoice,
    CreditNote,
    Payment,
    Cheque,
    Refund,
}
