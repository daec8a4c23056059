using System.Globalization;

namespace CustomerCenter.Web.Features.Email.Templates;

public sealed partial class EmailTexts
{
    public static EmailTexts English { get; } = new()
    {
        Language = "en",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        DateFormat = "d MMMM yyyy",
        QuoteSubject = "Quote {number} from {company}",
        QuoteBody = """
            Hello,

            please find attached our quote {number} of {date} for {total}. It is valid until {validUntil}.

            If you have any questions, just reply to this email.

            Kind regards
            {company}
            """,
        InvoiceSubject = "Invoice {number} from {company}",
        InvoiceBody = """
            Hello,

            please find attached invoice {number} of {date} for {total}, due on {dueDate}.
            Amount due: {amountDue}

            Kind regards
            {company}
            """,
        CreditNoteSubject = "Credit note {number} from {company}",
        CreditNoteBody = """
            Hello,

            please find attached credit note {number} of {date} for {total}.

            Kind regards
            {company}
            """,
        StatementSubject = "Statement of account from {company}",
        StatementBody = """
            Hello,

            please find attached your statement of account from {from} to {to}.
            Balance on {to}: {balance}

            Kind regards
            {company}
            """,
    };
}
