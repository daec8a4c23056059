using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Items;

public sealed class ItemInput
{
    public string? Sku { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Unit { get; set; }

    public decimal? UnitPrice { get; set; }

    public string? Currency { get; set; }

    /// <summary>A percent; must be one of the tax rates set up by an Admin.</summary>
    public decimal? TaxRate { get; set; }

    public bool? IsActive { get; set; }

    public ValidationErrors Validate(IReadOnlyCollection<decimal> taxRates)
    {
        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "sku", Sku, "The SKU");
        if (Sku is { Length: > 0 } sku && (sku.Length > 64 || sku.Any(c => !(char.IsAsciiLetterOrDigit(c) || "-_./".Contains(c, StringComparison.Ordinal)))))
        {
            errors.Add("sku", "The SKU holds at most 64 letters, digits and - _ . / characters.");
        }

        TextRules.CheckRequired(errors, "name", Name, "The name");
        TextRules.CheckText(errors, "name", Name, 200, label: "The name");
        TextRules.CheckText(errors, "description", Description, 2000, multiline: true, label: "The description");
        TextRules.CheckText(errors, "unit", Unit, 20, label: "The unit");
        var currency = TextRules.Clean(Currency)?.ToUpperInvariant() ?? "EUR";
        if (!CustomerCenter.Domain.Currency.TryGet(currency, out var info))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code, e.g. EUR.");
        }
        else if (UnitPrice is null)
        {
            errors.Add("unitPrice", "Give the unit price.");
        }
        else if (UnitPrice < 0 || UnitPrice > LineCalculator.MaxUnitPrice)
        {
            errors.Add("unitPrice", "The unit price must be between 0 and 1,000,000,000,000.");
        }
        else if (decimal.Round(UnitPrice.Value, info.Exponent + LineCalculator.ExtraUnitPriceDecimals) != UnitPrice.Value)
        {
            errors.Add("unitPrice", $"The unit price can have at most {info.Exponent + LineCalculator.ExtraUnitPriceDecimals} decimals in {currency}.");
        }

        if (!taxRates.Contains(TaxRate ?? 0m))
        {
            errors.Add("taxRate", taxRates.Count == 0
                ? "No tax rates are set up yet: an Admin adds them under Settings."
                : $"Use one of the tax rates: {string.Join(", ", taxRates.Order().Select(r => r.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "%"))}.");
        }

        return errors;
    }

    public void ApplyTo(Item item)
    {
        item.Sku = Sku!.Trim();
        item.Name = Name!.Trim();
        item.Description = TextRules.Clean(Description);
        item.Unit = TextRules.Clean(Unit) ?? "pcs";
        item.UnitPrice = UnitPrice!.Value;
        item.Currency = TextRules.Clean(Currency)?.ToUpperInvariant() ?? "EUR";
        item.TaxRate = TaxRate ?? 0m;
        item.IsActive = IsActive ?? true;
    }
}
