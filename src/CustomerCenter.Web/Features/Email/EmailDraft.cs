namespace CustomerCenter.Web.Features.Email;

/// <summary>
/// What would be sent: the form shows it for editing, the API fills in what a request leaves out.
/// <c>Title</c> names what is sent, for people: "Invoice INV-2026-0001", "Statement 2026-11-01 to 2026-11-30".
/// </summary>
public sealed record EmailDraft(
    long CustomerId,
    long? DocumentId,
    string Kind,
    string Title,
    IReadOnlyList<Recipient> To,
    IReadOnlyList<Recipient> Cc,
    IReadOnlyList<Recipient> Bcc,
    string Subject,
    string Body,
    string Language);

/// <summary>A resolved recipient: a real address and the name to show with it.</summary>
public sealed record Recipient(string Email, string? Name)
{
    /// <summary>"Anna Berg &lt;anna@example.com&gt;", with characters that would break an address list removed from the name.</summary>
    public override string ToString()
    {
        var name = Name is null ? "" : new string([.. Name.Where(c => !char.IsControl(c) && c is not (',' or ';' or '<' or '>' or '"'))]).Trim();
        return name.Length == 0 ? Email : $"{name} <{Email}>";
    }
}
