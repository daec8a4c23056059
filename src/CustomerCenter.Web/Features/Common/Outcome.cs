namespace CustomerCenter.Web.Features.Common;

public enum OutcomeKind
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
    PreconditionFailed,
}

/// <summary>What a business operation did, so endpoints and pages can answer without exceptions.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, ValidationErrors? Errors, string? Message)
{
    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, null, null);

    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeKind.Invalid, default, errors, null);

    public static Outcome<T> Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, default, null, message);

    public static Outcome<T> Stale() =>
        new(OutcomeKind.PreconditionFailed, default, null, "Someone else changed this record after you loaded it. Reload it and apply your change again.");
}
