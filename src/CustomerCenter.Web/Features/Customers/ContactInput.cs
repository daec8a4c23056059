using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Customers;

public sealed class ContactInput
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Display name; left empty, it is first and last name joined.</summary>
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Title { get; set; }

    public bool? IsPrimary { get; set; }

    public bool? OptIn { get; set; }

    public ContactRecipient? DefaultRecipient { get; set; }

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        TextRules.CheckText(errors, "firstName", FirstName, CustomerLimits.PersonName, label: "The first name");
        TextRules.CheckText(errors, "lastName", LastName, CustomerLimits.PersonName, label: "The last name");
        TextRules.CheckText(errors, "name", Name, CustomerLimits.Name, label: "The name");
        if (TextRules.Clean(FirstName) is null && TextRules.Clean(LastName) is null && TextRules.Clean(Name) is null)
        {
            errors.Add("lastName", "Give the contact a first or last name.");
        }

        CustomerValidator.CheckEmail(errors, "email", Email);
        TextRules.CheckText(errors, "phone", Phone, CustomerLimits.Phone, label: "The phone");
        TextRules.CheckText(errors, "title", Title, CustomerLimits.PersonName, label: "The title");
        if (DefaultRecipient is { } r && !Enum.IsDefined(r))
        {
            errors.Add("defaultRecipient", "Choose none, to, cc or bcc.");
        }

        if (DefaultRecipient is not (null or ContactRecipient.None) && TextRules.Clean(Email) is null)
        {
            errors.Add("defaultRecipient", "A contact without an email can't receive documents.");
        }

        return errors;
    }

    public void ApplyTo(Contact contact)
    {
        contact.FirstName = TextRules.Clean(FirstName);
        contact.LastName = TextRules.Clean(LastName);
        var joined = string.Join(" ", new[] { contact.FirstName, contact.LastName }.Where(s => s is not null));
        contact.Name = TextRules.Clean(Name) ?? joined;
        contact.Email = TextRules.Clean(Email);
        contact.Phone = TextRules.Clean(Phone);
        contact.Title = TextRules.Clean(Title);
        contact.OptIn = OptIn ?? false;
        contact.DefaultRecipient = DefaultRecipient ?? ContactRecipient.None;
    }
}
