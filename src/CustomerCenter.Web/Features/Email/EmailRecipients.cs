using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Web.Features.Email;

/// <summary>Turns requested recipients into addresses, checking each against the customer's contacts.</summary>
public static class EmailRecipients
{
    public const int MaxRecipients = 50;

    /// <summary>The contacts marked as default To, Cc or Bcc, in the order of the contact list.</summary>
    public static IReadOnlyList<Recipient> Defaults(IEnumerable<ContactDto> contacts, ContactRecipient role) =>
        [.. contacts.Where(c => c.DefaultRecipient == role && c.Email is not null).Select(c => new Recipient(c.Email!, c.Name))];

    public static List<Recipient> Resolve(string field, IReadOnlyList<RecipientInput> requested, IReadOnlyList<ContactDto> contacts, ValidationErrors errors)
    {
        var resolved = new List<Recipient>();
        for (var i = 0; i < requested.Count; i++)
        {
            var item = requested[i];
            if (item.ContactId is { } contactId)
            {
                var contact = contacts.FirstOrDefault(c => c.Id == contactId);
                if (contact is null)
                {
                    errors.Add($"{field}[{i}].contactId", "Choose one of this customer's contacts.");
                }
                else if (contact.Email is null)
                {
                    errors.Add($"{field}[{i}].contactId", $"{contact.Name} has no email address.");
                }
                else
                {
                    resolved.Add(new Recipient(contact.Email, contact.Name));
                }

                continue;
            }

            var email = item.Email?.Trim();
            if (string.IsNullOrEmpty(email) || !TextRules.IsEmail(email))
            {
                errors.Add($"{field}[{i}].email", $"“{item.Email}” is not an email address.");
                continue;
            }

            TextRules.CheckText(errors, $"{field}[{i}].name", item.Name, CustomerLimits.Name, label: "The name");
            resolved.Add(new Recipient(email, TextRules.Clean(item.Name)));
        }

        return resolved;
    }
}
