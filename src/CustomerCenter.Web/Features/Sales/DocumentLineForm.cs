using System.Globalization;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>One line row of the document editor, kept as typed so a wrong entry comes back beside its field.</summary>
public sealed class DocumentLineForm
{
    /// <summary>An item's SKU: the line's empty description, unit, price and tax rate are taken from the item.</summary>
    public string? Sku { get; set; }

    public string? Description { get; set; }

    public string? Quantity { get; set; }

    public string? Unit { get; set; }

    public string? UnitPrice { get; set; }

    public string? Discount { get; set; }

    public string? TaxRate { get; set; }

    /// <summary>A row nobody typed into: left out when saving.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Sku) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Quantity)
        && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(UnitPrice) && string.IsNullOrWhiteSpace(Discount)
        && string.IsNullOrWhiteSpace(TaxRate);

    public static DocumentLineForm From(DocumentLineDto line, string? sku) => new()
    {
        Sku = sku,
        Description = line.Description,
        Quantity = DecimalText.ForInput(line.Quantity),
        Unit = line.Unit,
        UnitPrice = DecimalText.ForInput(line.UnitPrice),
        Discount = line.DiscountPercent == 0 ? null : DecimalText.ForInput(line.DiscountPercent),
        TaxRate = DecimalText.ForInput(line.TaxRate),
    };

    /// <summary>The API's line; numbers that don't parse are reported as "{prefix}.quantity" etc.</summary>
    public DocumentLineInput ToInput(long? itemId, string prefix, ValidationErrors errors) => new()
    {
        ItemId = itemId,
        Description = Description,
        Quantity = Number(Quantity, $"{prefix}.quantity", "Enter the quantity as a number, e.g. 2 or 2.5.", errors),
        Unit = Unit,
        UnitPrice = Number(UnitPrice, $"{prefix}.unitPrice", "Enter the unit price as a number, e.g. 120 or 99.95.", errors),
        DiscountPercent = Number(Discount, $"{prefix}.discountPercent", "Enter the discount as a percent, e.g. 10 for 10%.", errors),
        TaxRate = Number(TaxRate, $"{prefix}.taxRate", "Choose one of the tax rates.", errors),
    };

    /// <summary>The line's amounts as they would be stored, or null while a number is missing or wrong.</summary>
    public LineAmounts? Amounts(string currency)
    {
        var ignored = new ValidationErrors();
        var input = ToInput(null, "line", ignored);
        if (!ignored.IsEmpty || input.Quantity is not { } quantity || input.TaxRate is not { } rate)
        {
            return null;
        }

        var amounts = LineCalculator.Calculate(new LineInput(quantity, input.UnitPrice ?? 0m, input.DiscountPercent ?? 0m, rate), currency);
        return amounts.IsSuccess ? amounts.Value : null;
    }

    private static decimal? Number(string? text, string field, string message, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('%');
        if (trimmed.Length <= 30 && decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, message);
        return null;
    }
}
