using System.Text.Json;
using CustomerCenter.Domain;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>How the pages name methods and statuses, and write amounts.</summary>
public static class PaymentLabels
{
    public static readonly IReadOnlyList<PaymentMethod> Methods = Enum.GetValues<PaymentMethod>();

    public static readonly IReadOnlyList<PaymentStatus> Statuses = Enum.GetValues<PaymentStatus>();

    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "Bank transfer",
        PaymentMethod.Card => "Card",
        PaymentMethod.Cash => "Cash",
        PaymentMethod.Cheque => "Cheque",
        _ => "Other",
    };

    /// <summary>The name in query strings and forms, as in the API: bankTransfer, posted …</summary>
    public static string Value<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static PaymentMethod? ParseMethod(string? text) =>
        Enum.TryParse<PaymentMethod>(text, ignoreCase: true, out var method) && Enum.IsDefined(method) ? method : null;

    /// <summary>A posted cheque is one the bank has: people call that deposited.</summary>
    public static string Status(PaymentStatus status, PaymentMethod method) => status switch
    {
        PaymentStatus.Received => method == PaymentMethod.Cheque ? "To deposit" : "Received",
        PaymentStatus.Posted => method == PaymentMethod.Cheque ? "Deposited" : "Posted",
        PaymentStatus.Reversed => "Reversed",
        _ => "Bounced",
    };

    public static string StatusBadge(PaymentStatus status) => status switch
    {
        PaymentStatus.Received => "warning",
        PaymentStatus.Posted => "success",
        PaymentStatus.Bounced => "danger",
        _ => "",
    };

    public static string Amount(decimal amount, string currency) => Money.RoundFromDecimal(amount, currency).Format();
}
