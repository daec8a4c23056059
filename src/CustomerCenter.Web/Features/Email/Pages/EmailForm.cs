using CustomerCenter.Web.Features.Common;
using MimeKit;

namespace CustomerCenter.Web.Features.Email.Pages;

/// <summary>The send form: recipients as people type them ("Anna Berg &lt;anna@example.com&gt;, ben@example.com").</summary>
public sealed class EmailForm
{
    public string? To { get; set; }

    public string? Cc { get; set; }

    public string? Bcc { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }

    public static EmailForm From(EmailDraft draft) => new()
    {
        To = string.Join(", ", draft.To),
        Cc = string.Join(", ", draft.Cc),
        Bcc = string.Join(", ", draft.Bcc),
        Subject = draft.Subject,
        Body = draft.Body,
    };

    public EmailRequest ToRequest() => new()
    {
        To = Parse(To),
        Cc = Parse(Cc),
        Bcc = Parse(Bcc),
        Subject = Subject ?? "",
        Body = Body ?? "",
    };

    /// <summary>The service names fields per recipient ("to[1].email"); the form shows them under its three fields.</summary>
    public static ValidationErrors ForForm(ValidationErrors errors)
    {
        var shown = new ValidationErrors();
        foreach (var field in errors.Fields)
        {
            var name = field.Split('[')[0];
            foreach (var message in errors.For(field))
            {
                shown.Add(name, message);
            }
        }

        return shown;
    }

    private static List<RecipientInput> Parse(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => MailboxAddress.TryParse(item, out var mailbox)
                ? new RecipientInput { Email = mailbox.Address, Name = string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name }
                : new RecipientInput { Email = item })];
}
