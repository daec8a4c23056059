namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// The one row that says which day every <see cref="CustomerAging"/> row is as of. No row: the summary has
/// never been built, and the reports compute aging from the ledger.
/// </summary>
public sealed class CustomerAgingDay
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <inheritdoc cref="CustomerAging.AsOfDay"/>
    public int AsOfDay { get; set; }

    public DateTime RefreshedAt { get; set; }
}
