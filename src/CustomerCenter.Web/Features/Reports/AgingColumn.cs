namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// One column of an aging report: the open debits whose aging date lies in [<see cref="From"/>,
/// <see cref="Before"/>) (an open end is unbounded), and, when <see cref="Credits"/>, every open credit.
/// </summary>
public sealed record AgingColumn(string Label, bool Debits, bool Credits, DateOnly? From, DateOnly? Before)
{
    /// <summary>The last aging date in the column, for a link to the open items it holds.</summary>
    public DateOnly? To => Before?.AddDays(-1);
}
