using System.Globalization;
using System.Text.Json;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>
/// The customer edit form. Numbers are kept as typed text so a wrong entry comes back with a message
/// beside its field instead of being lost in binding; <see cref="ToInput"/> makes the API's input.
/// </summary>
public sealed class CustomerForm
{
    public string Kind { get; set; } = "company";

    public string? Name { get; set; }

    public string? Number { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? VatNumber { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Ean { get; set; }

    public string? Currency { get; set; } = "EUR";

    public string? PaymentTermsDays { get; set; } = "30";

    public string? Language { get; set; } = "en";

    public string? CreditLimit { get; set; }

    public AddressInput Billing { get; set; } = new();

    public List<AddressInput> Shipping { get; set; } = [];

    public string? Notes { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The parent company's customer number (people know numbers, not ids).</summary>
    public string? ParentNumber { get; set; }

    public Dictionary<string, string> Custom { get; set; } = [];

    public long? ClientCenterId { get; set; }

    public long Version { get; set; }

    public static CustomerForm From(CustomerDto c, string? parentNumber) => new()
    {
        Kind = c.Kind == CustomerKind.Individual ? "individual" : "company",
        Name = c.Name,
        Number = c.Number,
        Email = c.Email,
        Phone = c.Phone,
        Website = c.Website,
        VatNumber = c.VatNumber,
        RegistrationNumber = c.RegistrationNumber,
        Ean = c.Ean,
        Currency = c.Currency,
        PaymentTermsDays = c.PaymentTermsDays.ToString(CultureInfo.InvariantCulture),
        Language = c.Language,
        CreditLimit = c.CreditLimit?.ToString(CultureInfo.InvariantCulture),
        Billing = new AddressInput
        {
            Line1 = c.BillingAddress.Line1,
            Line2 = c.BillingAddress.Line2,
            City = c.BillingAddress.City,
            Region = c.BillingAddress.Region,
            PostalCode = c.BillingAddress.PostalCode,
            Country = c.BillingAddress.Country,
        },
        Shipping = c.ShippingAddresses.Select(a => new AddressInput
        {
            Line1 = a.Line1,
            Line2 = a.Line2,
            City = a.City,
            Region = a.Region,
            PostalCode = a.PostalCode,
            Country = a.Country,
        }).ToList(),
        Notes = c.Notes,
        IsActive = c.IsActive,
        ParentNumber = parentNumber,
        Custom = c.CustomFields.ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture) is { } s
            ? (kv.Value is bool b ? (b ? "true" : "false") : s)
            : ""),
        Version = c.Version,
        ClientCenterId = c.ClientCenterId,
    };

    public CustomerInput ToInput(long? parentId, IReadOnlyList<CustomFieldDefinition> fields, ValidationErrors errors)
    {
        int? terms = null;
        if (!string.IsNullOrWhiteSpace(PaymentTermsDays))
        {
            if (int.TryParse(PaymentTermsDays.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t))
            {
                terms = t;
            }
            else
            {
                errors.Add("paymentTermsDays", "Payment terms are a whole number of days.");
            }
        }

        decimal? limit = null;
        if (!string.IsNullOrWhiteSpace(CreditLimit))
        {
            if (decimal.TryParse(CreditLimit.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var l) && CreditLimit.Length <= 30)
            {
                limit = l;
            }
            else
            {
                errors.Add("creditLimit", "Enter the credit limit as a number, e.g. 5000 or 5000.50.");
            }
        }

        return new CustomerInput
        {
            Kind = Kind == "individual" ? CustomerKind.Individual : CustomerKind.Company,
            Name = Name,
            Number = Number,
            Email = Email,
            Phone = Phone,
            Website = Website,
            VatNumber = VatNumber,
            RegistrationNumber = RegistrationNumber,
            Ean = Ean,
            Currency = Currency,
            PaymentTermsDays = terms,
            Language = Language,
            CreditLimit = limit,
            BillingAddress = Billing,
            ShippingAddresses = Shipping.Where(a => !a.ToAddress().IsEmpty).ToList(),
            Notes = Notes,
            IsActive = IsActive,
            ParentId = parentId,
            ClientCenterId = ClientCenterId,
            CustomFields = fields.ToDictionary(f => f.Key, f => ToJson(f, Custom.GetValueOrDefault(f.Key))),
        };
    }

    private static JsonElement ToJson(CustomFieldDefinition field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return JsonSerializer.SerializeToElement<string?>(null);
        }

        return field.Type switch
        {
            CustomFieldType.YesNo => JsonSerializer.SerializeToElement(text == "true"),
            _ => JsonSerializer.SerializeToElement(text.Trim()),
        };
    }
}
