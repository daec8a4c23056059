using CustomerCenter.Domain.Receivables;
using static CustomerCenter.Domain.Tests.Receivables.LedgerBuilder;

namespace CustomerCenter.Domain.Tests.Receivables;

public class AgingStripTests
{
    private static readonly DateOnly AsOf = Day(100);

    private static OpenItem Item(long cents, DateOnly? due, DateOnly? date = null) =>
        new(1, "X", cents > 0 ? LedgerEntryKind.Invoice : LedgerEntryKind.Payment, date ?? Day(0), due, Eur(cents), Eur(cents));

    private static long[] Strip(params OpenItem[] items) =>
        [.. AgingStrip.Compute(items, AsOf, AgingBuckets.Default, "EUR").Amounts.Select(a => a.Minor)];

    [Fact]
    public void Invoice_due_today_is_current() => Assert.Equal([5, 0, 0, 0, 0], Strip(Item(5, AsOf)));

    [Fact]
    public void Invoice_due_later_is_current() => Assert.Equal([5, 0, 0, 0, 0], Strip(Item(5, AsOf.AddDays(10))));

    [Fact]
    public void Exactly_30_days_past_due_is_1_to_30() => Assert.Equal([0, 5, 0, 0, 0], Strip(Item(5, AsOf.AddDays(-30))));

    [Fact]
    public void Day_31_past_due_is_31_to_60() => Assert.Equal([0, 0, 5, 0, 0], Strip(Item(5, AsOf.AddDays(-31))));

    [Fact]
    public void Day_91_past_due_is_over_90() => Assert.Equal([0, 0, 0, 0, 5], Strip(Item(5, AsOf.AddDays(-91))));

    [Fact]
    public void Item_without_due_date_ages_from_its_date() => Assert.Equal([0, 0, 5, 0, 0], Strip(Item(5, null, AsOf.AddDays(-45))));

    [Fact]
    public void Unapplied_credit_counts_in_current_as_a_negative_amount() =>
        Assert.Equal([-7, 0, 0, 0, 5], Strip(Item(5, AsOf.AddDays(-100)), Item(-7, null, AsOf.AddDays(-100))));

    [Fact]
    public void Strip_total_is_the_sum_of_its_buckets()
    {
        var strip = AgingStrip.Compute([Item(5, AsOf), Item(11, AsOf.AddDays(-40)), Item(-3, null)], AsOf, AgingBuckets.Default, "EUR");

        Assert.Equal(Eur(13), strip.Total);
        Assert.Equal(AgingBuckets.Default.Labels, strip.Labels);
    }

    [Fact]
    public void Empty_strip_is_all_zero() => Assert.Equal([0, 0, 0, 0, 0], Strip());

    [Fact]
    public void Item_in_another_currency_is_a_bug() =>
        Assert.Throws<InvalidOperationException>(() =>
            AgingStrip.Compute([Item(5, AsOf) with { OpenAmount = new Money(5, "USD") }], AsOf, AgingBuckets.Default, "EUR"));
}
