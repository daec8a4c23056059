using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class DueDateTests
{
    [Fact]
    public void Net_30_is_thirty_days_after_the_document_date() =>
        Assert.Equal(new DateOnly(2026, 3, 31), DueDate.From(new DateOnly(2026, 3, 1), 30));

    [Fact]
    public void Zero_days_is_due_on_the_document_date() =>
        Assert.Equal(new DateOnly(2026, 3, 1), DueDate.From(new DateOnly(2026, 3, 1), 0));

    [Fact]
    public void Terms_cross_leap_days_and_year_ends()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), DueDate.From(new DateOnly(2024, 2, 15), 14));
        Assert.Equal(new DateOnly(2027, 1, 14), DueDate.From(new DateOnly(2026, 12, 15), 30));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void Terms_out_of_range_are_refused(int days)
    {
        Assert.NotNull(DueDate.ValidateTerms(days));
        Assert.Throws<ArgumentOutOfRangeException>(() => DueDate.From(new DateOnly(2026, 1, 1), days));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(365)]
    public void Terms_within_a_year_are_fine(int days) => Assert.Null(DueDate.ValidateTerms(days));
}
