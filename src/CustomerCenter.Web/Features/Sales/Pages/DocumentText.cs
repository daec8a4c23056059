using System.Globalization;
using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Web.Features.Sales.Pages;

/// <summary>How document numbers read on the pages: invariant, so what is shown can be typed back in.</summary>
public static class DocumentText
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Up to 3 decimals, none when whole: "2", "2.5", "0.125".</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.###", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>At least the currency's decimals, more when the price is finer: "12.50", "0.0125".</summary>
    public static string UnitPrice(decimal price, string currency)
    {
        var exponent = Currency.Get(currency).Exponent;
        var format = "#,##0" + (exponent > 0 ? "." + new string('0', exponent) : ".") + new string('#', LineCalculator.ExtraUnitPriceDecimals);
        return price.ToString(format, CultureInfo.InvariantCulture);
    }
}
