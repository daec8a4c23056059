using CustomerCenter.Web.Data;
using MimeKit;

namespace CustomerCenter.Web.Features.Email;

/// <summary>Without SMTP, each message becomes an .eml file in the data folder, shown in the Admin's dev mailbox.</summary>
public sealed class EmlFileTransport(DatabaseOptions database) : IMailTransport
{
    public string Folder => Path.Combine(database.DataFolder, "mail");

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        await using var file = File.Create(Path.Combine(Folder, name));
        await message.WriteToAsync(file, ct);
    }
}
