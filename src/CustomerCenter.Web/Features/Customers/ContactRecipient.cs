namespace CustomerCenter.Web.Features.Customers;

/// <summary>How a contact is addressed by default when documents are emailed.</summary>
public enum ContactRecipient
{
    None,
    To,
    Cc,
    Bcc,
}
