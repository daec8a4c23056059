using MimeKit;

namespace CustomerCenter.Web.Features.Email;

/// <summary>Hands a message to the world: SMTP when configured, .eml files otherwise.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
