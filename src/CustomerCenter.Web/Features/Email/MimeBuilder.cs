using MimeKit;

namespace CustomerCenter.Web.Features.Email;

internal static class MimeBuilder
{
    public static MimeMessage Build(OutboxMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.AddRange(Addresses(message.To));
        mime.Cc.AddRange(Addresses(message.Cc));
        mime.Bcc.AddRange(Addresses(message.Bcc));
        mime.Subject = message.Subject;
        // A stable id: if a crash made us send twice, mail systems can recognise the duplicate.
        mime.MessageId = $"outbox-{message.Id}@customer-center";
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.AttachmentContent is { } content && message.AttachmentName is { } name)
        {
            body.Attachments.Add(name, content, ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static IEnumerable<MailboxAddress> Addresses(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(MailboxAddress.Parse);
}
