using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email.Templates;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Email;

/// <summary>
/// Sends quotes, invoices, credit notes and statements by email with their PDF. The message goes to the
/// outbox and its timeline line to the activity table in one save, so either both exist or neither;
/// the worker delivers it later (see <see cref="OutboxWorker"/>).
/// </summary>
public sealed class DocumentMailer(AppDbContext db, ContactService contacts, DocumentPdf pdfs, StatementService statements, StatementFiles statementFiles)
{
    public const int MaxBody = 20000;

    public static bool CanEmail(DocumentKind kind) => kind is DocumentKind.Quote or DocumentKind.Invoice or DocumentKind.CreditNote;

    public async Task<Outcome<EmailDraft>> DraftAsync(DocumentKind kind, long id, CancellationToken ct)
    {
        if (!CanEmail(kind))
        {
            return Outcome<EmailDraft>.NotFound();
        }

        var document = await db.SalesDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Kind == kind, ct);
        if (document is null)
        {
            return Outcome<EmailDraft>.NotFound();
        }

        if (document.Number is null)
        {
            return Outcome<EmailDraft>.Conflict($"This {DocumentPaths.Singular(kind).ToLowerInvariant()} is a draft: issue it first, so it has a number.");
        }

        var (customer, list) = await CustomerAsync(document.CustomerId, ct);
        var texts = EmailTexts.For(customer.Language);
        var values = new Dictionary<string, string>
        {
            ["company"] = (await CompanyProfile.LoadAsync(db, ct)).Name,
            ["customer"] = customer.Name,
            ["number"] = document.Number,
            ["date"] = texts.Date(document.Date),
            ["dueDate"] = texts.Date(document.DueDate),
            ["validUntil"] = texts.Date(document.ValidUntil),
            ["total"] = new Money(document.TotalMinor, document.Currency).Format(texts.Culture),
            ["amountDue"] = new Money(document.OpenMinor, document.Currency).Format(texts.Culture),
        };
        var (subject, body) = kind switch
        {
            DocumentKind.Quote => (texts.QuoteSubject, texts.QuoteBody),
            DocumentKind.Invoice => (texts.InvoiceSubject, texts.InvoiceBody),
            _ => (texts.CreditNoteSubject, texts.CreditNoteBody),
        };
        return Outcome<EmailDraft>.Ok(Draft(customer, list, document.Id, Segment(kind), $"{DocumentPaths.Singular(kind)} {document.Number}", texts, subject, body, values));
    }

    public async Task<Outcome<EmailDraft>> StatementDraftAsync(long customerId, string? from, string? to, string? currency, CancellationToken ct)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
        {
            return Outcome<EmailDraft>.NotFound();
        }

        var errors = new ValidationErrors();
        var (fromDate, toDate) = new StatementQuery(from, to, currency, null, null).Dates(errors);
        if (!errors.IsEmpty)
        {
            return Outcome<EmailDraft>.Invalid(errors);
        }

        var built = await statements.BuildAsync(customerId, currency, fromDate, toDate, null, ct);
        if (!built.IsOk)
        {
            return new Outcome<EmailDraft>(built.Kind, null, built.Errors, built.Message);
        }

        var statement = built.Value!;
        var (customer, list) = await CustomerAsync(customerId, ct);
        var texts = EmailTexts.For(customer.Language);
        var values = new Dictionary<string, string>
        {
            ["company"] = (await CompanyProfile.LoadAsync(db, ct)).Name,
            ["customer"] = customer.Name,
            ["from"] = texts.Date(statement.From),
            ["to"] = texts.Date(statement.To),
            ["balance"] = statement.ClosingBalance.Format(texts.Culture),
        };
        var title = $"Statement {ActivityDates.Iso(statement.From)} to {ActivityDates.Iso(statement.To)} ({statement.Currency})";
        return Outcome<EmailDraft>.Ok(Draft(customer, list, null, "statement", title, texts, texts.StatementSubject, texts.StatementBody, values));
    }

    public async Task<Outcome<OutboxMessage>> SendAsync(DocumentKind kind, long id, EmailRequest request, CancellationToken ct)
    {
        var draft = await DraftAsync(kind, id, ct);
        if (!draft.IsOk)
        {
            return Failed(draft);
        }

        return await QueueAsync(draft.Value!, request, async () => await pdfs.RenderAsync(kind, id, null, ct), ct);
    }

    public async Task<Outcome<OutboxMessage>> SendStatementAsync(long customerId, string? from, string? to, string? currency, EmailRequest request, CancellationToken ct)
    {
        var draft = await StatementDraftAsync(customerId, from, to, currency, ct);
        if (!draft.IsOk)
        {
            return Failed(draft);
        }

        return await QueueAsync(draft.Value!, request, async () =>
        {
            var file = (await statementFiles.RenderAsync(customerId, new StatementQuery(from, to, currency, null, null), ct)).Value!;
            return (file.Content, file.FileName);
        }, ct);
    }

    private async Task<Outcome<OutboxMessage>> QueueAsync(EmailDraft draft, EmailRequest request, Func<Task<(byte[] Content, string FileName)?>> attachment, CancellationToken ct)
    {
        var known = await contacts.ListAsync(draft.CustomerId, trashed: false, ct);
        var errors = new ValidationErrors();
        var to = request.To is null ? [.. draft.To] : EmailRecipients.Resolve("to", request.To, known, errors);
        var cc = request.Cc is null ? [.. draft.Cc] : EmailRecipients.Resolve("cc", request.Cc, known, errors);
        var bcc = request.Bcc is null ? [.. draft.Bcc] : EmailRecipients.Resolve("bcc", request.Bcc, known, errors);
        if (to.Count == 0 && errors.IsEmpty)
        {
            errors.Add("to", request.To is null
                ? "No contact of this customer is marked to receive documents, and it has no email address: name a recipient."
                : "Name at least one recipient.");
        }

        if (to.Count + cc.Count + bcc.Count > EmailRecipients.MaxRecipients)
        {
            errors.Add("to", $"Send to at most {EmailRecipients.MaxRecipients} recipients at once.");
        }

        var subject = request.Subject ?? draft.Subject;
        var body = request.Body ?? draft.Body;
        TextRules.CheckRequired(errors, "subject", subject, "The subject");
        TextRules.CheckText(errors, "subject", subject, 300, label: "The subject");
        TextRules.CheckRequired(errors, "body", body, "The message");
        TextRules.CheckText(errors, "body", body, MaxBody, multiline: true, label: "The message");
        if (!errors.IsEmpty)
        {
            return Outcome<OutboxMessage>.Invalid(errors);
        }

        var file = await attachment();
        if (file is null)
        {
            return Outcome<OutboxMessage>.NotFound();
        }

        var message = Outbox.Enqueue(db, new OutboxMessage
        {
            Kind = draft.Kind,
            To = string.Join(", ", to),
            Cc = cc.Count == 0 ? null : string.Join(", ", cc),
            Bcc = bcc.Count == 0 ? null : string.Join(", ", bcc),
            Subject = subject.Trim(),
            TextBody = body.Replace("\r\n", "\n", StringComparison.Ordinal),
            AttachmentName = file.Value.FileName,
            AttachmentContentType = "application/pdf",
            AttachmentContent = file.Value.Content,
            CustomerId = draft.CustomerId,
            DocumentId = draft.DocumentId,
        });
        db.ActivityEntries.Add(new ActivityEntry
        {
            CustomerId = draft.CustomerId,
            At = message.CreatedAt,
            Kind = ActivityKind.Email,
            Actor = db.Actor.Name,
            Summary = ActivityText.Truncate($"{draft.Title} emailed to {string.Join(", ", to.Concat(cc).Select(r => r.Email))}", ActivityLimits.Summary)!,
            Detail = ActivityText.Truncate(message.Subject, ActivityLimits.Detail),
            SubjectType = draft.DocumentId is null ? null : nameof(SalesDocument),
            SubjectId = draft.DocumentId,
            OutboxMessage = message,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<OutboxMessage>.Ok(message);
    }

    private async Task<(Customer Customer, List<ContactDto> Contacts)> CustomerAsync(long customerId, CancellationToken ct) =>
        (await db.Customers.AsNoTracking().FirstAsync(c => c.Id == customerId, ct), await contacts.ListAsync(customerId, trashed: false, ct));

    private static EmailDraft Draft(
        Customer customer, List<ContactDto> contacts, long? documentId, string kind, string title, EmailTexts texts, string subject, string body,
        Dictionary<string, string> values)
    {
        var to = EmailRecipients.Defaults(contacts, ContactRecipient.To);
        if (to.Count == 0)
        {
            // Nobody marked To: the primary contact, else the customer's own address, is better than an empty field.
            var fallback = contacts.FirstOrDefault(c => c.IsPrimary && c.Email is not null) is { } primary
                ? new Recipient(primary.Email!, primary.Name)
                : customer.Email is { } email ? new Recipient(email, customer.Name) : null;
            to = fallback is null ? [] : [fallback];
        }

        return new EmailDraft(
            customer.Id, documentId, kind, title, to,
            EmailRecipients.Defaults(contacts, ContactRecipient.Cc), EmailRecipients.Defaults(contacts, ContactRecipient.Bcc),
            EmailTexts.Fill(subject, values), EmailTexts.Fill(body, values), texts.Language);
    }

    private static string Segment(DocumentKind kind) => kind switch
    {
        DocumentKind.Quote => "quote",
        DocumentKind.Invoice => "invoice",
        _ => "credit-note",
    };

    private static Outcome<OutboxMessage> Failed(Outcome<EmailDraft> draft) => new(draft.Kind, null, draft.Errors, draft.Message);
}
