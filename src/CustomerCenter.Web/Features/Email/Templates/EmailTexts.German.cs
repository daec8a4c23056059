using System.Globalization;

namespace CustomerCenter.Web.Features.Email.Templates;

public sealed partial class EmailTexts
{
    public static EmailTexts German { get; } = new()
    {
        Language = "de",
        Culture = CultureInfo.GetCultureInfo("de-DE"),
        DateFormat = "dd.MM.yyyy",
        QuoteSubject = "Angebot {number} von {company}",
        QuoteBody = """
            Guten Tag,

            anbei erhalten Sie unser Angebot {number} vom {date} über {total}. Es ist gültig bis zum {validUntil}.

            Bei Fragen antworten Sie einfach auf diese E-Mail.

            Mit freundlichen Grüßen
            {company}
            """,
        InvoiceSubject = "Rechnung {number} von {company}",
        InvoiceBody = """
            Guten Tag,

            anbei erhalten Sie die Rechnung {number} vom {date} über {total}, zahlbar bis zum {dueDate}.
            Offener Betrag: {amountDue}

            Mit freundlichen Grüßen
            {company}
            """,
        CreditNoteSubject = "Gutschrift {number} von {company}",
        CreditNoteBody = """
            Guten Tag,

            anbei erhalten Sie die Gutschrift {number} vom {date} über {total}.

            Mit freundlichen Grüßen
            {company}
            """,
        StatementSubject = "Kontoauszug von {company}",
        StatementBody = """
            Guten Tag,

            anbei erhalten Sie Ihren Kontoauszug vom {from} bis zum {to}.
            Saldo am {to}: {balance}

            Mit freundlichen Grüßen
            {company}
            """,
    };
}
