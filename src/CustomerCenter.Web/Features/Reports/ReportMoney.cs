using System.Globalization;
using CustomerCenter.Domain;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Minor units to what people read: decimals in the currency's exponent.</summary>
public static class ReportMoney
{
    public static decimal Amount(long minor, string currency) => new Money(minor, currency).ToDecimal();

    /// <summary>For table cells: grouped digits in the currency's decimals, without the code (the column or row names it).</summary>
    public static string Plain(long minor, string currency)
    {
        var money = new Money(minor, currency);
        return money.ToDecimal().ToString("N" + money.Exponent.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
