using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Domain.Tests.Receivables;

public class AgingBucketsTests
{
    [Fact]
    public void Default_buckets_are_current_then_thirty_day_steps() =>
        Assert.Equal(["Current", "1–30", "31–60", "61–90", "Over 90"], AgingBuckets.Default.Labels);

    [Theory]
    [InlineData(-10, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(30, 1)]
    [InlineData(31, 2)]
    [InlineData(60, 2)]
    [InlineData(61, 3)]
    [InlineData(90, 3)]
    [InlineData(91, 4)]
    [InlineData(5000, 4)]
    public void Days_past_due_fall_in_their_bucket(int daysPastDue, int bucket) =>
        Assert.Equal(bucket, AgingBuckets.Default.Bucket(daysPastDue));

    [Fact]
    public void Due_today_is_current() => Assert.Equal(0, AgingBuckets.Default.Bucket(0));

    [Fact]
    public void Exactly_30_days_past_due_is_in_1_to_30() => Assert.Equal("1–30", AgingBuckets.Default.Labels[AgingBuckets.Default.Bucket(30)]);

    [Fact]
    public void Day_31_past_due_is_in_31_to_60() => Assert.Equal("31–60", AgingBuckets.Default.Labels[AgingBuckets.Default.Bucket(31)]);

    [Fact]
    public void Custom_limits_make_their_own_labels()
    {
        var buckets = AgingBuckets.Create([7, 14, 28]).Value;

        Assert.Equal(["Current", "1–7", "8–14", "15–28", "Over 28"], buckets.Labels);
        Assert.Equal(5, buckets.Count);
    }

    [Fact]
    public void One_day_bucket_is_labelled_with_that_day() =>
        Assert.Equal(["Current", "1", "2", "Over 2"], AgingBuckets.Create([1, 2]).Value.Labels);

    [Fact]
    public void Ten_limits_are_allowed() => Assert.True(AgingBuckets.Create([.. Enumerable.Range(1, 10).Select(i => i * 10)]).IsSuccess);

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData(new[] { 0, 30 })]
    [InlineData(new[] { -30, 30 })]
    [InlineData(new[] { 60, 30 })]
    [InlineData(new[] { 30, 30 })]
    [InlineData(new[] { 30, 3651 })]
    public void Limits_must_be_one_to_ten_ascending_positive_days(int[] limits)
    {
        var result = AgingBuckets.Create(limits);

        Assert.Equal(DomainErrorKind.Invalid, result.ErrorKind);
        Assert.True(result.Errors.ContainsKey("buckets"));
    }

    [Fact]
    public void Spec_from_the_query_string_is_parsed() => Assert.Equal([15, 45], AgingBuckets.Parse(" 15, 45 ").Value.Limits);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Missing_spec_means_the_default(string? spec) => Assert.Same(AgingBuckets.Default, AgingBuckets.Parse(spec).Value);

    [Theory]
    [InlineData("30,sixty")]
    [InlineData("30,,60")]
    [InlineData("30;60")]
    [InlineData("-30")]
    [InlineData("30.5")]
    [InlineData("99999999999")]
    [InlineData("60,30")]
    public void Malformed_spec_is_refused(string spec) => Assert.True(AgingBuckets.Parse(spec).Errors.ContainsKey("buckets"));

    [Fact]
    public void Buckets_print_as_their_spec() => Assert.Equal("30,60,90", AgingBuckets.Default.ToString());
}
