using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class QuoteLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void Draft_quote_can_be_sent() => Assert.Equal(QuoteStatus.Sent, QuoteLifecycle.Send(QuoteStatus.Draft).Value);

    [Fact]
    public void Sent_quote_cannot_be_sent_again() =>
        Assert.Equal("This quote is already sent.", QuoteLifecycle.Send(QuoteStatus.Sent).Error);

    [Theory]
    [InlineData(QuoteStatus.Accepted, "A quote that is accepted can't be sent.")]
    [InlineData(QuoteStatus.Declined, "A quote that is declined can't be sent.")]
    [InlineData(QuoteStatus.Expired, "A quote that is expired can't be sent.")]
    public void Decided_quote_cannot_be_sent(QuoteStatus status, string message)
    {
        var result = QuoteLifecycle.Send(status);

        Assert.Equal(DomainErrorKind.Conflict, result.ErrorKind);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Sent_quote_can_be_accepted_before_valid_until() =>
        Assert.Equal(QuoteStatus.Accepted, QuoteLifecycle.Accept(QuoteStatus.Sent, Today.AddDays(5), Today).Value);

    [Fact]
    public void Sent_quote_can_be_accepted_on_its_valid_until_date() =>
        Assert.True(QuoteLifecycle.Accept(QuoteStatus.Sent, Today, Today).IsSuccess);

    [Fact]
    public void Sent_quote_cannot_be_accepted_after_valid_until()
    {
        var result = QuoteLifecycle.Accept(QuoteStatus.Sent, Today.AddDays(-1), Today);

        Assert.Equal(DomainErrorKind.Conflict, result.ErrorKind);
        Assert.Equal("This quote was valid until 2026-03-09 and has expired; it can't be accepted.", result.Error);
    }

    [Fact]
    public void Quote_without_valid_until_can_always_be_accepted() =>
        Assert.True(QuoteLifecycle.Accept(QuoteStatus.Sent, null, Today).IsSuccess);

    [Theory]
    [InlineData(QuoteStatus.Draft, "A quote that is still a draft can't be accepted.")]
    [InlineData(QuoteStatus.Accepted, "This quote is already accepted.")]
    [InlineData(QuoteStatus.Declined, "A quote that is declined can't be accepted.")]
    [InlineData(QuoteStatus.Expired, "A quote that is expired can't be accepted.")]
    public void Only_a_sent_quote_can_be_accepted(QuoteStatus status, string message) =>
        Assert.Equal(message, QuoteLifecycle.Accept(status, null, Today).Error);

    [Fact]
    public void Sent_quote_can_be_declined() => Assert.Equal(QuoteStatus.Declined, QuoteLifecycle.Decline(QuoteStatus.Sent).Value);

    [Theory]
    [InlineData(QuoteStatus.Draft)]
    [InlineData(QuoteStatus.Accepted)]
    [InlineData(QuoteStatus.Declined)]
    [InlineData(QuoteStatus.Expired)]
    public void Only_a_sent_quote_can_be_declined(QuoteStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, QuoteLifecycle.Decline(status).ErrorKind);

    [Fact]
    public void Sent_quote_past_valid_until_expires() =>
        Assert.Equal(QuoteStatus.Expired, QuoteLifecycle.Expire(QuoteStatus.Sent, Today.AddDays(-1), Today).Value);

    [Fact]
    public void Sent_quote_does_not_expire_on_its_valid_until_date() =>
        Assert.Equal(
            "This quote is valid until 2026-03-10 and can't expire before then.",
            QuoteLifecycle.Expire(QuoteStatus.Sent, Today, Today).Error);

    [Fact]
    public void Quote_without_valid_until_does_not_expire() =>
        Assert.Equal(DomainErrorKind.Conflict, QuoteLifecycle.Expire(QuoteStatus.Sent, null, Today).ErrorKind);

    [Theory]
    [InlineData(QuoteStatus.Draft)]
    [InlineData(QuoteStatus.Accepted)]
    [InlineData(QuoteStatus.Declined)]
    [InlineData(QuoteStatus.Expired)]
    public void Only_a_sent_quote_can_expire(QuoteStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, QuoteLifecycle.Expire(status, Today.AddDays(-30), Today).ErrorKind);

    [Fact]
    public void Accepted_quote_can_be_converted() => Assert.True(QuoteLifecycle.Convert(QuoteStatus.Accepted, alreadyConverted: false).IsSuccess);

    [Fact]
    public void Quote_can_be_converted_only_once() =>
        Assert.Equal(
            "This quote has already been converted to an order.",
            QuoteLifecycle.Convert(QuoteStatus.Accepted, alreadyConverted: true).Error);

    [Theory]
    [InlineData(QuoteStatus.Draft)]
    [InlineData(QuoteStatus.Sent)]
    [InlineData(QuoteStatus.Declined)]
    [InlineData(QuoteStatus.Expired)]
    public void Only_an_accepted_quote_can_be_converted(QuoteStatus status) =>
        Assert.Contains("must be accepted first", QuoteLifecycle.Convert(status, alreadyConverted: false).Error, StringComparison.Ordinal);

    [Fact]
    public void Draft_quote_can_be_edited() => Assert.True(QuoteLifecycle.EnsureEditable(QuoteStatus.Draft).IsSuccess);

    [Theory]
    [InlineData(QuoteStatus.Sent)]
    [InlineData(QuoteStatus.Accepted)]
    [InlineData(QuoteStatus.Declined)]
    [InlineData(QuoteStatus.Expired)]
    public void Quote_that_left_draft_cannot_be_edited(QuoteStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, QuoteLifecycle.EnsureEditable(status).ErrorKind);

    [Fact]
    public void Sent_quote_past_valid_until_shows_as_expired() =>
        Assert.Equal(QuoteStatus.Expired, QuoteLifecycle.EffectiveStatus(QuoteStatus.Sent, Today.AddDays(-1), Today));

    [Theory]
    [InlineData(QuoteStatus.Draft)]
    [InlineData(QuoteStatus.Accepted)]
    [InlineData(QuoteStatus.Declined)]
    public void Only_sent_quotes_show_as_expired(QuoteStatus status) =>
        Assert.Equal(status, QuoteLifecycle.EffectiveStatus(status, Today.AddDays(-1), Today));

    [Fact]
    public void Sent_quote_within_validity_shows_as_sent() =>
        Assert.Equal(QuoteStatus.Sent, QuoteLifecycle.EffectiveStatus(QuoteStatus.Sent, Today, Today));
}
