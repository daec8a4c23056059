using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Every rule a customer must meet, with the message placed on the field it concerns.</summary>
public static class CustomerValidator
{
    public static async Task<ValidationErrors> ValidateAsync(
        AppDbContext db, CustomerInput input, long? existingId, IReadOnlyList<CustomFieldDefinition> fields, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add("kind", "Choose individual or company.");
        }

        TextRules.CheckRequired(errors, "name", input.Name, "The name");
        TextRules.CheckText(errors, "name", input.Name, CustomerLimits.Name, label: "The name");
        CheckNumber(errors, input.Number);
        CheckEmail(errors, "email", input.Email);
        TextRules.CheckText(errors, "phone", input.Phone, CustomerLimits.Phone, label: "The phone");
        if (input.Phone is { Length: <= CustomerLimits.Phone } phone && phone.Any(c => !(char.IsDigit(c) || " +-()./".Contains(c, StringComparison.Ordinal))))
        {
            errors.Add("phone", "A phone number can hold digits, spaces and + - ( ) . / only.");
        }

        TextRules.CheckText(errors, "website", input.Website, CustomerLimits.Website, label: "The website");
        if (TextRules.Clean(input.Website) is { Length: <= CustomerLimits.Website } website && !TextRules.IsWebUrl(website))
        {
            errors.Add("website", "Enter a full web address starting with http:// or https://.");
        }

        TextRules.CheckText(errors, "vatNumber", input.VatNumber, CustomerLimits.Code, label: "The VAT number");
        TextRules.CheckText(errors, "registrationNumber", input.RegistrationNumber, CustomerLimits.Code, label: "The registration number");
        CheckEan(errors, input.Ean);

        var currency = TextRules.Clean(input.Currency)?.ToUpperInvariant() ?? "EUR";
        if (!Currency.TryGet(currency, out _))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
        }

        if (input.PaymentTermsDays is < 0 or > CustomerLimits.PaymentTermsDaysMax)
        {
            errors.Add("paymentTermsDays", $"Payment terms must be between 0 and {CustomerLimits.PaymentTermsDaysMax} days.");
        }

        if (TextRules.Clean(input.Language) is { } language && !Languages.IsKnown(language.ToLowerInvariant()))
        {
            errors.Add("language", "Use a supported two-letter language code, e.g. en, de or fr.");
        }

        if (input.CreditLimit is { } limit && Currency.TryGet(currency, out _))
        {
            if (limit < 0)
            {
                errors.Add("creditLimit", "The credit limit can't be negative.");
            }
            else if (!Money.TryFromDecimal(limit, currency, out _))
            {
                errors.Add("creditLimit", $"The credit limit must be a {currency} amount with at most {Currency.Get(currency).Exponent} decimals.");
            }
        }

        input.BillingAddress?.Validate(errors, "billingAddress");
        if (input.ShippingAddresses is { Count: > CustomerLimits.ShippingAddresses })
        {
            errors.Add("shippingAddresses", $"A customer can have at most {CustomerLimits.ShippingAddresses} shipping addresses.");
        }
        else if (input.ShippingAddresses is not null)
        {
            for (var i = 0; i < input.ShippingAddresses.Count; i++)
            {
                if (input.ShippingAddresses[i] is null)
                {
                    errors.Add($"shippingAddresses[{i}]", "The address is empty.");
                    continue;
                }

                input.ShippingAddresses[i].Validate(errors, $"shippingAddresses[{i}]");
            }
        }

        TextRules.CheckText(errors, "notes", input.Notes, CustomerLimits.Notes, multiline: true, label: "The notes");
        CustomFieldValues.Validate(errors, input.CustomFields, fields);

        if (errors.IsEmpty)
        {
            await CheckAgainstDatabaseAsync(db, input, existingId, errors, ct);
        }

        return errors;
    }

    public static void CheckEmail(ValidationErrors errors, string field, string? email)
    {
        TextRules.CheckText(errors, field, email, CustomerLimits.Email, label: "The email");
        if (TextRules.Clean(email) is { Length: <= CustomerLimits.Email } value && !TextRules.IsEmail(value))
        {
            errors.Add(field, "Enter an email address like name@example.com.");
        }
    }

    private static void CheckNumber(ValidationErrors errors, string? number)
    {
        var value = TextRules.Clean(number);
        if (value is null)
        {
            return;
        }

        if (value.Length > CustomerLimits.Number)
        {
            errors.Add("number", $"The number can have at most {CustomerLimits.Number} characters.");
        }
        else if (value.Any(c => !(char.IsAsciiLetterOrDigit(c) || "-_/.".Contains(c, StringComparison.Ordinal))))
        {
            errors.Add("number", "The number can hold letters, digits and - _ / . only.");
        }
    }

    private static void CheckEan(ValidationErrors errors, string? ean)
    {
        var value = TextRules.Clean(ean);
        if (value is null)
        {
            return;
        }

        if (value.Length is not (8 or 12 or 13 or 14) || !value.All(char.IsAsciiDigit))
        {
            errors.Add("ean", "An EAN/GLN has 8, 12, 13 or 14 digits.");
            return;
        }

        // GS1 check digit: weights 3 and 1 alternate from the right, excluding the check digit itself.
        var sum = 0;
        var weight = 3;
        for (var i = value.Length - 2; i >= 0; i--, weight = 4 - weight)
        {
            sum += (value[i] - '0') * weight;
        }

        if ((10 - (sum % 10)) % 10 != value[^1] - '0')
        {
            errors.Add("ean", "The EAN's check digit is wrong; check the number.");
        }
    }

    private static async Task CheckAgainstDatabaseAsync(AppDbContext db, CustomerInput input, long? existingId, ValidationErrors errors, CancellationToken ct)
    {
        var number = TextRules.Clean(input.Number);
        if (number is not null && await db.Customers.AnyAsync(c => c.Number == number && c.Id != existingId, ct))
        {
            errors.Add("number", $"The number {number} is already used by another customer.");
        }

        if (input.ClientCenterId is { } centerId && !await db.ClientCenters.AnyAsync(c => c.Id == centerId, ct))
        {
            errors.Add("clientCenterId", "There is no such Client Center.");
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.Customers.AsNoTracking()
                .Where(c => c.Id == parentId && c.TrashedAt == null)
                .Select(c => new { c.Kind })
                .FirstOrDefaultAsync(ct);
            if (parentId == existingId)
            {
                errors.Add("parentId", "A customer can't belong to itself.");
            }
            else if (parent is null)
            {
                errors.Add("parentId", "The parent company doesn't exist.");
            }
            else if (parent.Kind != CustomerKind.Company)
            {
                errors.Add("parentId", "Only a company can be a parent.");
            }
            else if ((input.Kind ?? CustomerKind.Company) != CustomerKind.Individual)
            {
                errors.Add("parentId", "Only individuals can belong to a company.");
            }
        }
    }
}
