namespace CustomerCenter.Web.Features.Email;

/// <summary>One recipient: a contact of the customer (by id), or an address with an optional name.</summary>
public sealed class RecipientInput
{
    public long? ContactId { get; set; }

    public string? Email { get; set; }

    public string? Name { get; set; }
}
