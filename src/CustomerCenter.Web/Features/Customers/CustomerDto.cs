using CustomerCenter.Domain;

namespace CustomerCenter.Web.Features.Customers;

public sealed record AddressDto(string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? Country)
{
    public static AddressDto From(Address a) => new(a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country);

    public Address ToAddress() => new() { Line1 = Line1, Line2 = Line2, City = City, Region = Region, PostalCode = PostalCode, Country = Country };
}

public sealed record CustomerDto(
    long Id,
    CustomerKind Kind,
    string Name,
    string Number,
    string? Email,
    string? Phone,
    string? Website,
    string? VatNumber,
    string? RegistrationNumber,
    string? Ean,
    string Currency,
    int PaymentTermsDays,
    string Language,
    decimal? CreditLimit,
    AddressDto BillingAddress,
    IReadOnlyList<AddressDto> ShippingAddresses,
    string? Notes,
    bool IsActive,
    long? ParentId,
    long? ClientCenterId,
    Dictionary<string, object?> CustomFields,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? TrashedAt,
    long Version)
{
    public static CustomerDto From(Customer c, IReadOnlyList<CustomFieldDefinition> fields) => new(
        c.Id,
        c.Kind,
        c.Name,
        c.Number,
        c.Email,
        c.Phone,
        c.Website,
        c.VatNumber,
        c.RegistrationNumber,
        c.Ean,
        c.Currency,
        c.PaymentTermsDays,
        c.Language,
        c.CreditLimitMinor is { } limit ? new Money(limit, c.Currency).ToDecimal() : null,
        AddressDto.From(c.BillingAddress),
        c.ShippingAddresses.Select(AddressDto.From).ToList(),
        c.Notes,
        c.IsActive,
        c.ParentId,
        c.ClientCenterId,
        fields.Where(f => c.CustomFields.ContainsKey(f.Key))
            .ToDictionary(f => f.Key, f => CustomFieldValues.ToJsonValue(f, c.CustomFields[f.Key])),
        DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc),
        DateTime.SpecifyKind(c.UpdatedAt, DateTimeKind.Utc),
        c.TrashedAt is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null,
        c.Version);
}
