namespace CustomerCenter.Domain.Tests;

public class LanguagesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("nl")]
    [InlineData("pt")]
    [InlineData("pl")]
    [InlineData("sv")]
    [InlineData("da")]
    [InlineData("fi")]
    [InlineData("nb")]
    [InlineData("ja")]
    [InlineData("zh")]
    [InlineData("cs")]
    public void Supported_language_is_known(string code) => Assert.True(Languages.IsKnown(code));

    [Theory]
    [InlineData("EN")]
    [InlineData("en-US")]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData(null)]
    public void Unsupported_or_mis_cased_language_is_unknown(string? code) => Assert.False(Languages.IsKnown(code));

    [Fact]
    public void Default_language_is_supported() => Assert.True(Languages.IsKnown(Languages.Default));

    [Fact]
    public void Every_language_is_listed_once() =>
        Assert.Equal(Languages.All.Count, Languages.All.Select(l => l.Code).Distinct().Count());
}
