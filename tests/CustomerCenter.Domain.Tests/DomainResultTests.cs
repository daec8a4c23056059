namespace CustomerCenter.Domain.Tests;

public class DomainResultTests
{
    [Fact]
    public void Success_has_no_error() => Assert.Null(DomainResult.Ok().Error);

    [Fact]
    public void Conflict_carries_its_message_and_no_field_errors()
    {
        var result = DomainResult<int>.Conflict("No.");

        Assert.False(result.IsSuccess);
        Assert.Equal(DomainErrorKind.Conflict, result.ErrorKind);
        Assert.Equal("No.", result.Error);
        Assert.True(result.Errors.IsEmpty);
    }

    [Fact]
    public void Invalid_carries_field_errors() =>
        Assert.Equal(["Too big."], DomainResult<int>.Invalid("amount", "Too big.").Errors["amount"]);

    [Fact]
    public void Value_of_a_failure_is_a_bug() =>
        Assert.Throws<InvalidOperationException>(() => DomainResult<int>.Conflict("No.").Value);

    [Fact]
    public void Field_errors_group_messages_by_field()
    {
        var errors = new FieldErrors([("a", "one"), ("b", "two"), ("a", "three")]);

        Assert.Equal(["one", "three"], errors["a"]);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Field_errors_can_be_nested_under_a_prefix() =>
        Assert.True(FieldErrors.Single("quantity", "x").Prefixed("lines[3]").ContainsKey("lines[3].quantity"));

    [Fact]
    public void Field_errors_copy_into_a_mutable_dictionary_for_problem_details()
    {
        var copy = FieldErrors.Single("a", "x").ToDictionary();
        copy["b"] = ["y"];

        Assert.Equal(2, copy.Count);
    }
}
