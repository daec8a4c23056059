namespace CustomerCenter.Web.Features.Sales;

/// <summary>Quantities with 3 decimals stored as whole thousandths.</summary>
public static class Milli
{
    public static long From(decimal quantity) => decimal.ToInt64(decimal.Round(quantity * 1000m, 0, MidpointRounding.AwayFromZero));

    public static decimal ToDecimal(long milli) => milli / 1000m;
}
