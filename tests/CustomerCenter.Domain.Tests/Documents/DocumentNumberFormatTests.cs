using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class DocumentNumberFormatTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    [Fact]
    public void Year_and_padded_counter() => Assert.Equal("INV-2026-0007", DocumentNumberFormat.Format("INV-{yyyy}-{0000}", 7, March1));

    [Fact]
    public void Short_year_and_month() => Assert.Equal("SO2603-012", DocumentNumberFormat.Format("SO{yy}{MM}-{000}", 12, March1));

    [Fact]
    public void Counter_wider_than_its_padding_just_grows() =>
        Assert.Equal("INV-2026-12345", DocumentNumberFormat.Format("INV-{yyyy}-{0000}", 12345, March1));

    [Fact]
    public void Single_zero_counter_is_not_padded() => Assert.Equal("Q42", DocumentNumberFormat.Format("Q{0}", 42, March1));

    [Fact]
    public void Slashes_dots_and_underscores_are_kept() =>
        Assert.Equal("RE/2026.03_001", DocumentNumberFormat.Format("RE/{yyyy}.{MM}_{000}", 1, March1));

    [Fact]
    public void Year_before_2010_keeps_two_digit_short_year() => Assert.Equal("05-1", DocumentNumberFormat.Format("{yy}-{0}", 1, new DateOnly(2005, 1, 1)));

    [Theory]
    [InlineData("INV-{yyyy}-{0000}")]
    [InlineData("{0}")]
    [InlineData("{000000000000}")]
    [InlineData("CN{yy}{MM}{00000}")]
    public void Valid_pattern_has_no_error(string pattern) => Assert.Null(DocumentNumberFormat.Validate(pattern));

    [Theory]
    [InlineData("INV-{yyyy}", "The number format needs a counter such as {0000}.")]
    [InlineData("{0000}-{00}", "The number format can have only one counter.")]
    [InlineData("INV-{dd}-{0000}", "{dd} is not a placeholder; use {yyyy}, {yy}, {MM} or a counter such as {0000}.")]
    [InlineData("INV-{}-{0000}", "{} is not a placeholder; use {yyyy}, {yy}, {MM} or a counter such as {0000}.")]
    [InlineData("INV-{0000", "Each { needs a closing }.")]
    [InlineData("INV-0000}", "Each } needs an opening {.")]
    [InlineData("INV {0000}", "' ' can't be used in a number; use letters, digits and - _ . /.")]
    [InlineData("<b>{0000}", "'<' can't be used in a number; use letters, digits and - _ . /.")]
    [InlineData("FÄ-{0000}", "'Ä' can't be used in a number; use letters, digits and - _ . /.")]
    [InlineData("{0000000000000}", "A counter can have at most 12 digits.")]
    [InlineData("", "The number format can't be empty.")]
    [InlineData(null, "The number format can't be empty.")]
    public void Invalid_pattern_is_explained(string? pattern, string message) =>
        Assert.Equal(message, DocumentNumberFormat.Validate(pattern));

    [Fact]
    public void Pattern_of_40_characters_is_allowed() => Assert.Null(DocumentNumberFormat.Validate(new string('A', 34) + "{0000}"));

    [Fact]
    public void Pattern_longer_than_40_characters_is_refused() =>
        Assert.Equal(
            "The number format can be at most 40 characters long.",
            DocumentNumberFormat.Validate(new string('A', 35) + "{0000}"));

    [Fact]
    public void Formatting_an_invalid_pattern_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => DocumentNumberFormat.Format("INV", 1, March1));

    [Fact]
    public void Formatting_a_negative_sequence_is_a_bug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumberFormat.Format("{0}", -1, March1));
}
