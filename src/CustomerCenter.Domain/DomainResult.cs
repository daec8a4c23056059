namespace CustomerCenter.Domain;

/// <summary>The outcome of a domain rule: success, a state conflict with a message, or field validation errors.</summary>
public sealed class DomainResult
{
    private const string InvalidMessage = "One or more fields are not valid.";

    private DomainResult(DomainErrorKind? errorKind, string? error, FieldErrors errors)
    {
        ErrorKind = errorKind;
        Error = error;
        Errors = errors;
    }

    public bool IsSuccess => ErrorKind is null;

    public DomainErrorKind? ErrorKind { get; }

    /// <summary>A sentence a person can read; for <see cref="DomainErrorKind.Invalid"/> the details are in <see cref="Errors"/>.</summary>
    public string? Error { get; }

    public FieldErrors Errors { get; }

    public static DomainResult Ok() => new(null, null, FieldErrors.None);

    public static DomainResult Conflict(string message) => new(DomainErrorKind.Conflict, message, FieldErrors.None);

    public static DomainResult Invalid(FieldErrors errors) => new(DomainErrorKind.Invalid, InvalidMessage, errors);

    public static DomainResult Invalid(string field, string message) => Invalid(FieldErrors.Single(field, message));

    public override string ToString() => IsSuccess ? "Ok" : $"{ErrorKind}: {Error}";
}
