using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>The refund form: which credit to pay back (<see cref="CreditSource.Key"/>), how much, how and when.</summary>
public sealed class RefundForm
{
    public long? CustomerId { get; set; }

    public string? Source { get; set; }

    public string? Date { get; set; }

    /// <summary>Empty: all that is left of the credit.</summary>
    public string? Amount { get; set; }

    public string? Method { get; set; } = PaymentLabels.Value(PaymentMethod.BankTransfer);

    public string? Reference { get; set; }

    /// <summary>See <see cref="PaymentForm.Key"/>.</summary>
    public string? Key { get; set; }

    public RefundInput ToInput(IReadOnlyList<CreditSource> sources, ValidationErrors errors)
    {
        var source = sources.FirstOrDefault(s => s.Key == Source);
        if (source is null)
        {
            errors.Add("paymentId", "Choose the payment or credit note to pay back.");
        }

        decimal? amount;
        if (string.IsNullOrWhiteSpace(Amount))
        {
            amount = source?.Left.ToDecimal();
        }
        else
        {
            amount = FormNumbers.Decimal(Amount);
            if (amount is null)
            {
                errors.Add("amount", "Enter the amount as a number, e.g. 250 or 250.50.");
            }
        }

        return new RefundInput
        {
            CustomerId = CustomerId,
            Date = IsoDate.Parse(Date, "date", errors),
            Amount = amount,
            Method = PaymentLabels.ParseMethod(Method),
            Reference = Reference,
            PaymentId = source?.PaymentId,
            CreditNoteId = source?.CreditNoteId,
        };
    }
}
