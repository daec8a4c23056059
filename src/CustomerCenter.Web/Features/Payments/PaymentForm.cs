using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// The Receive payment form. Amounts and dates are kept as typed text so a wrong entry comes back with a
/// message beside its field instead of being lost in binding; <see cref="ToInput"/> makes the API's input.
/// </summary>
public sealed class PaymentForm
{
    public long? CustomerId { get; set; }

    public string? Date { get; set; }

    public string? Amount { get; set; }

    public string? Currency { get; set; }

    public string? Method { get; set; } = PaymentLabels.Value(PaymentMethod.BankTransfer);

    public string? Reference { get; set; }

    public string? ChequeNumber { get; set; }

    public string? ChequeBank { get; set; }

    public string? ChequeDate { get; set; }

    public List<AllocationForm> Allocations { get; set; } = [];

    /// <summary>The submit button pressed: "suggest" fills the apply amounts; anything else saves.</summary>
    public string? Action { get; set; }

    /// <summary>Made when the form is first shown, so a second post of it (double click, Back and resend) records nothing new.</summary>
    public string? Key { get; set; }

    public PaymentInput ToInput(AllocationRows allocations, ValidationErrors errors)
    {
        var amount = FormNumbers.Decimal(Amount);
        if (amount is null && !string.IsNullOrWhiteSpace(Amount))
        {
            errors.Add("amount", "Enter the amount as a number, e.g. 250 or 250.50.");
        }

        var method = PaymentLabels.ParseMethod(Method);
        return new PaymentInput
        {
            CustomerId = CustomerId,
            Date = IsoDate.Parse(Date, "date", errors),
            Amount = amount,
            Currency = Currency,
            Method = method,
            Reference = Reference,
            Cheque = method == PaymentMethod.Cheque
                ? new ChequeInput { Number = ChequeNumber, Bank = ChequeBank, Date = IsoDate.Parse(ChequeDate, "cheque.date", errors) }
                : null,
            Allocations = allocations.Inputs,
        };
    }
}
