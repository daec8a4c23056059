namespace CustomerCenter.Web.Features.Email;

/// <summary>Smtp__Host etc.; without a host, mail is written as .eml files under the data folder (mail/).</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>StartTls, SslOnConnect or None (a local test server).</summary>
    public string Security { get; set; } = "StartTls";

    public string From { get; set; } = "Customer Center <no-reply@customer-center.local>";

    /// <summary>How often the worker looks for messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
