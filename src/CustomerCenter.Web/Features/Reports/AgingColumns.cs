using System.Globalization;
using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The columns of the two aging layouts, as date ranges on the aging date.</summary>
public static class AgingColumns
{
    public const int Months = 12;

    /// <summary>
    /// The buckets of <see cref="AgingStrip"/>: an item n days past due (as of − aging date) lies in the bucket whose
    /// day range holds n; Current also holds every credit, as negative amounts, so a row adds up to the balance.
    /// </summary>
    public static IReadOnlyList<AgingColumn> ForBuckets(DateOnly asOf, AgingBuckets buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var columns = new List<AgingColumn> { new(buckets.Labels[0], Debits: true, Credits: true, From: asOf, Before: null) };
        var before = asOf;
        for (var i = 0; i < buckets.Limits.Count; i++)
        {
            var from = asOf.AddDays(-buckets.Limits[i]);
            columns.Add(new AgingColumn(buckets.Labels[i + 1], true, false, from, before));
            before = from;
        }

        columns.Add(new AgingColumn(buckets.Labels[^1], true, false, null, before));
        return columns;
    }

    /// <summary>
    /// Not yet due, then the month of the as-of date and the eleven before it (what fell due in each, up to the
    /// as-of date), everything earlier, and the unapplied credits in a column of their own.
    /// </summary>
    public static IReadOnlyList<AgingColumn> ForMonths(DateOnly asOf)
    {
        var columns = new List<AgingColumn> { new("Not yet due", true, false, asOf, null) };
        var monthStart = new DateOnly(asOf.Year, asOf.Month, 1);
        var before = asOf;
        for (var i = 0; i < Months; i++)
        {
            var from = monthStart.AddMonths(-i);
            columns.Add(new AgingColumn(from.ToString("MMM yyyy", CultureInfo.InvariantCulture), true, false, from, before));
            before = from;
        }

        columns.Add(new AgingColumn("Earlier", true, false, null, before));
        columns.Add(new AgingColumn("Credits", false, true, null, null));
        return columns;
    }
}
