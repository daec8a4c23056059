namespace CustomerCenter.Web.Features.Payments;

public enum PaymentMethod
{
    BankTransfer,
    Card,
    Cash,
    Cheque,
    Other,
}
