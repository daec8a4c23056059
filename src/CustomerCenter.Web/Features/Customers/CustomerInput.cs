using System.Text.Json;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>
/// What a client may send to create or replace a customer. Server-owned fields (id, createdAt,
/// balance, version) are not here, so a body carrying them changes nothing.
/// </summary>
public sealed class CustomerInput
{
    public CustomerKind? Kind { get; set; }

    public string? Name { get; set; }

    /// <summary>Left empty, the next number of the customer sequence is assigned.</summary>
    public string? Number { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? VatNumber { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Ean { get; set; }

    /// <summary>ISO 4217, e.g. EUR.</summary>
    public string? Currency { get; set; }

    public int? PaymentTermsDays { get; set; }

    /// <summary>ISO 639-1, e.g. en.</summary>
    public string? Language { get; set; }

    /// <summary>In the customer's currency; empty for no limit.</summary>
    public decimal? CreditLimit { get; set; }

    public AddressInput? BillingAddress { get; set; }

    public List<AddressInput>? ShippingAddresses { get; set; }

    public string? Notes { get; set; }

    public bool? IsActive { get; set; }

    /// <summary>For an individual: the company they belong to.</summary>
    public long? ParentId { get; set; }

    /// <summary>The Client Center whose portal the customer's people use; empty for none.</summary>
    public long? ClientCenterId { get; set; }

    /// <summary>Values of the custom fields an Admin defined, by field key.</summary>
    public Dictionary<string, JsonElement>? CustomFields { get; set; }
}
