using System.Globalization;

namespace CustomerCenter.Web.Features.Email.Templates;

public sealed partial class EmailTexts
{
    public static EmailTexts French { get; } = new()
    {
        Language = "fr",
        Culture = CultureInfo.GetCultureInfo("fr-FR"),
        DateFormat = "dd/MM/yyyy",
        QuoteSubject = "Devis {number} de {company}",
        QuoteBody = """
            Bonjour,

            veuillez trouver ci-joint notre devis {number} du {date} d’un montant de {total}. Il est valable jusqu’au {validUntil}.

            Pour toute question, répondez simplement à cet e-mail.

            Cordialement,
            {company}
            """,
        InvoiceSubject = "Facture {number} de {company}",
        InvoiceBody = """
            Bonjour,

            veuillez trouver ci-joint la facture {number} du {date} d’un montant de {total}, à régler avant le {dueDate}.
            Montant dû : {amountDue}

            Cordialement,
            {company}
            """,
        CreditNoteSubject = "Avoir {number} de {company}",
        CreditNoteBody = """
            Bonjour,

            veuillez trouver ci-joint l’avoir {number} du {date} d’un montant de {total}.

            Cordialement,
            {company}
            """,
        StatementSubject = "Relevé de compte de {company}",
        StatementBody = """
            Bonjour,

            veuillez trouver ci-joint votre relevé de compte du {from} au {to}.
            Solde au {to} : {balance}

            Cordialement,
            {company}
            """,
    };
}
