using CustomerCenter.Web.Features.Payments;

namespace CustomerCenter.Web.Features.Portal.Pages;

/// <summary>Payment methods and statuses in the customer's words.</summary>
public static class PaymentWords
{
    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "Bank transfer",
        PaymentMethod.Card => "Card",
        PaymentMethod.Cash => "Cash",
        PaymentMethod.Cheque => "Cheque",
        _ => "Other",
    };

    public static string Status(PaymentStatus status) => status switch
    {
        PaymentStatus.Received => "received, not yet cashed",
        PaymentStatus.Posted => "received",
        PaymentStatus.Reversed => "reversed",
        _ => "returned by the bank",
    };
}
