using System.Globalization;
using CustomerCenter.Domain;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Numbers as the portal shows them.</summary>
public static class PortalFormat
{
    /// <summary>A unit price with the currency's decimals, and the finer ones it may have (0.1250 EUR → "0.125 EUR").</summary>
    public static string UnitPrice(decimal price, string currency)
    {
        var decimals = Currency.TryGet(currency, out var info) ? info.Exponent : 2;
        var pattern = decimals == 0 ? "#,0.####" : "#,0." + new string('0', decimals) + "####";
        return price.ToString(pattern, CultureInfo.InvariantCulture) + " " + currency;
    }

    public static string Quantity(decimal quantity) => quantity.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
