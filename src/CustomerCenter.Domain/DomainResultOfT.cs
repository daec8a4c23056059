namespace CustomerCenter.Domain;

/// <summary>The outcome of a domain rule that produces a value (a new status, computed totals) when it succeeds.</summary>
public sealed class DomainResult<T>
{
    private readonly T? value;

    private DomainResult(T? value, DomainResult outcome)
    {
        this.value = value;
        Outcome = outcome;
    }

    /// <summary>The same outcome without the value, e.g. to return from a method that only reports success.</summary>
    public DomainResult Outcome { get; }

    public bool IsSuccess => Outcome.IsSuccess;

    public DomainErrorKind? ErrorKind => Outcome.ErrorKind;

    public string? Error => Outcome.Error;

    public FieldErrors Errors => Outcome.Errors;

    /// <exception cref="InvalidOperationException">The result is a failure; check <see cref="IsSuccess"/> first.</exception>
    public T Value => IsSuccess ? value! : throw new InvalidOperationException($"A failed result has no value: {Error}");

    public static DomainResult<T> Ok(T value) => new(value, DomainResult.Ok());

    public static DomainResult<T> Conflict(string message) => new(default, DomainResult.Conflict(message));

    public static DomainResult<T> Invalid(FieldErrors errors) => new(default, DomainResult.Invalid(errors));

    public static DomainResult<T> Invalid(string field, string message) => new(default, DomainResult.Invalid(field, message));

    public override string ToString() => IsSuccess ? $"Ok: {value}" : Outcome.ToString();
}
