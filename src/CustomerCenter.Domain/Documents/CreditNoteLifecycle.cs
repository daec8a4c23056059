namespace CustomerCenter.Domain.Documents;

/// <summary>
/// Draft → Posted. A credit note against an invoice settles part of that invoice, so it may not be more than
/// what is still open on it; a credit note on the account alone becomes unapplied credit.
/// </summary>
public static class CreditNoteLifecycle
{
    public static DomainResult<CreditNoteStatus> Post(CreditNoteStatus status, int lineCount, Money total)
    {
        if (status != CreditNoteStatus.Draft)
        {
            return DomainResult<CreditNoteStatus>.Conflict("This credit note is already posted.");
        }

        if (lineCount == 0)
        {
            return DomainResult<CreditNoteStatus>.Conflict("A credit note without lines can't be posted.");
        }

        return total.IsPositive
            ? DomainResult<CreditNoteStatus>.Ok(CreditNoteStatus.Posted)
            : DomainResult<CreditNoteStatus>.Conflict("A credit note must have a total above zero.");
    }

    /// <summary>Posts a credit note that credits an invoice; pass what is still open on that invoice now.</summary>
    public static DomainResult<CreditNoteStatus> PostAgainstInvoice(
        CreditNoteStatus status, int lineCount, Money total, InvoiceStatus invoiceStatus, Money invoiceOpen)
    {
        var posted = Post(status, lineCount, total);
        if (!posted.IsSuccess)
        {
            return posted;
        }

        if (invoiceStatus == InvoiceStatus.Draft)
        {
            return DomainResult<CreditNoteStatus>.Conflict("A draft invoice can't be credited; change or delete it instead.");
        }

        if (!string.Equals(total.Currency, invoiceOpen.Currency, StringComparison.Ordinal))
        {
            return DomainResult<CreditNoteStatus>.Conflict($"The credit note must be in the invoice's currency, {invoiceOpen.Currency}.");
        }

        return total > invoiceOpen
            ? DomainResult<CreditNoteStatus>.Conflict(
                $"The credit note ({total.Format()}) is more than the invoice's open amount ({invoiceOpen.Format()}).")
            : posted;
    }

    /// <summary>Only drafts can be edited or deleted.</summary>
    public static DomainResult EnsureEditable(CreditNoteStatus status) =>
        status == CreditNoteStatus.Draft
            ? DomainResult.Ok()
            : DomainResult.Conflict("A posted credit note can't be changed or deleted.");
}
