namespace CustomerCenter.Web.Features.Receivables;

/// <summary>The periods people ask a statement for most, as of a day.</summary>
public static class StatementPeriods
{
    public static IReadOnlyList<(string Label, DateOnly From, DateOnly To)> AsOf(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return
        [
            ("This month", month, today),
            ("Last month", month.AddMonths(-1), month.AddDays(-1)),
            ("Last 12 months", today.AddYears(-1).AddDays(1), today),
            ("This year", new DateOnly(today.Year, 1, 1), today),
        ];
    }
}
