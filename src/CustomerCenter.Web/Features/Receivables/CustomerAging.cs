namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// A customer's receivables aging in one currency as of one day, in the default buckets by due date: what
/// the aging report and the dashboard show for today, kept so that they need not read every open ledger entry.
/// Rebuilt from the ledger when the day changes (<c>Reports.CustomerAgingSummary.RefreshAsync</c>) and moved in step with every
/// ledger write and allocation in between (<see cref="CustomerAgingWriter"/>). Tests check it always equals
/// the ledger.
/// </summary>
public sealed class CustomerAging
{
    public long CustomerId { get; set; }

    public string Currency { get; set; } = "EUR";

    /// <summary>The day these amounts are as of, as <see cref="DateOnly.DayNumber"/>: day arithmetic in SQL that both databases share.</summary>
    public int AsOfDay { get; set; }

    /// <summary>Open credits (negative): unapplied payments and credit notes.</summary>
    public long CreditsMinor { get; set; }

    /// <summary>Open debits not yet due.</summary>
    public long CurrentMinor { get; set; }

    public long Days1To30Minor { get; set; }

    public long Days31To60Minor { get; set; }

    public long Days61To90Minor { get; set; }

    public long Over90Minor { get; set; }
}
