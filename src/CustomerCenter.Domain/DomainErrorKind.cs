namespace CustomerCenter.Domain;

/// <summary>Why the domain refused: the input is wrong (answer 400) or the document's state forbids it (answer 409).</summary>
public enum DomainErrorKind
{
    Invalid,
    Conflict,
}
