namespace CustomerCenter.Web.Features.Reports;

/// <summary>A period of days, both ends included, and the period of the same length just before it (for comparisons).</summary>
public sealed record SalesPeriod(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public SalesPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The year so far: the default period of the sales reports.</summary>
    public static SalesPeriod YearToDate(DateOnly today) => new(new DateOnly(today.Year, 1, 1), today);
}
