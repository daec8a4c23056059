using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Sales;

internal static class DocumentOutcomes
{
    /// <summary>A failed domain rule as an outcome: field errors → 400, a refused move → 409.</summary>
    public static Outcome<T> From<T>(DomainResult failed)
    {
        if (failed.ErrorKind == DomainErrorKind.Invalid)
        {
            var errors = new ValidationErrors();
            errors.AddAll(failed.Errors);
            return Outcome<T>.Invalid(errors);
        }

        return Outcome<T>.Conflict(failed.Error ?? "This move is not allowed.");
    }
}
