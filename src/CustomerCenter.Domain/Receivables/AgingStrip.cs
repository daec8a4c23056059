namespace CustomerCenter.Domain.Receivables;

/// <summary>
/// Open amounts spread over aging buckets as of a date. Debits go by days past their due date (document date
/// when there is none). Credits (unapplied payments, unallocated credit notes) count in Current as negative
/// amounts: they can be used at once, and this way the strip still adds up to the balance.
/// </summary>
public sealed record AgingStrip(AgingBuckets Buckets, DateOnly AsOf, IReadOnlyList<Money> Amounts, Money Total)
{
    public IReadOnlyList<string> Labels => Buckets.Labels;

    /// <exception cref="InvalidOperationException">An item is not in <paramref name="currency"/>.</exception>
    public static AgingStrip Compute(IEnumerable<OpenItem> items, DateOnly asOf, AgingBuckets buckets, string currency)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(buckets);
        var amounts = Enumerable.Repeat(Money.Zero(currency), buckets.Count).ToArray();
        foreach (var item in items)
        {
            var bucket = item.IsCredit ? 0 : buckets.Bucket(item.DaysPastDue(asOf));
            amounts[bucket] += item.OpenAmount;
        }

        return new AgingStrip(buckets, asOf, amounts, Money.Sum(amounts, currency));
    }
}
