namespace CustomerCenter.Web.Features.Email;

/// <summary>
/// Sending a document or statement by email. Every part is optional: recipients default to the
/// customer's contacts marked To/Cc/Bcc, subject and body to the template in the customer's language.
/// </summary>
public sealed class EmailRequest
{
    public List<RecipientInput>? To { get; set; }

    public List<RecipientInput>? Cc { get; set; }

    public List<RecipientInput>? Bcc { get; set; }

    public string? Subject { get; set; }

    /// <summary>Plain text; sent as it is written.</summary>
    public string? Body { get; set; }
}
