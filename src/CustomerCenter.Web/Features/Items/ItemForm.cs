using System.Globalization;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Items;

/// <summary>The item form: numbers kept as typed, so a wrong entry comes back with its message.</summary>
public sealed class ItemForm
{
    public string? Sku { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Unit { get; set; } = "pcs";

    public string? UnitPrice { get; set; }

    public string? Currency { get; set; } = "EUR";

    public string? TaxRate { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public static ItemForm From(Item item) => new()
    {
        Sku = item.Sku,
        Name = item.Name,
        Description = item.Description,
        Unit = item.Unit,
        UnitPrice = DecimalText.ForInput(item.UnitPrice),
        Currency = item.Currency,
        TaxRate = DecimalText.ForInput(item.TaxRate),
        IsActive = item.IsActive,
        Version = item.Version,
    };

    public ItemInput ToInput(ValidationErrors errors) => new()
    {
        Sku = Sku,
        Name = Name,
        Description = Description,
        Unit = Unit,
        UnitPrice = Number(UnitPrice, "unitPrice", "Enter the unit price as a number, e.g. 120 or 99.95.", errors),
        Currency = Currency,
        TaxRate = Number(TaxRate, "taxRate", "Choose one of the tax rates.", errors),
        IsActive = IsActive,
    };

    private static decimal? Number(string? text, string field, string message, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length <= 30 && decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, message);
        return null;
    }
}
