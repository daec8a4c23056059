namespace CustomerCenter.Domain.Tests;

public class CountriesTests
{
    [Fact]
    public void All_249_officially_assigned_codes_are_listed()
    {
        Assert.Equal(249, Countries.All.Count);
        Assert.Equal(249, Countries.All.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Every_code_is_two_upper_case_letters_with_a_name() =>
        Assert.All(Countries.All, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });

    [Theory]
    [InlineData("DE", "Germany")]
    [InlineData("US", "United States")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("CH", "Switzerland")]
    [InlineData("AX", "Åland Islands")]
    [InlineData("SS", "South Sudan")]
    [InlineData("BQ", "Bonaire, Sint Eustatius and Saba")]
    public void Name_of_a_known_code(string code, string name) => Assert.Equal(name, Countries.NameOf(code));

    [Theory]
    [InlineData("UK")]
    [InlineData("EU")]
    [InlineData("XK")]
    [InlineData("de")]
    [InlineData("DEU")]
    [InlineData("")]
    [InlineData(null)]
    public void Reserved_user_assigned_and_lower_case_codes_are_unknown(string? code)
    {
        Assert.False(Countries.IsKnown(code));
        if (code is not null)
        {
            Assert.Null(Countries.NameOf(code));
        }
    }

    [Fact]
    public void Known_code_is_known() => Assert.True(Countries.IsKnown("FR"));
}
