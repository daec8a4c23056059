using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Common;

/// <summary>Turns a failed <see cref="Outcome{T}"/> into the API's problem answers.</summary>
public static class OutcomeResults
{
    public static ProblemHttpResult Problem<T>(Outcome<T> outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found."),
        OutcomeKind.Conflict => TypedResults.Problem(statusCode: 409, title: outcome.Message),
        OutcomeKind.PreconditionFailed => TypedResults.Problem(statusCode: 412, title: outcome.Message),
        OutcomeKind.Invalid => TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(outcome.Errors!.ToDictionary())
        {
            Status = 400,
            Title = "One or more fields are not valid.",
        }),
        _ => throw new InvalidOperationException("A successful outcome is not a problem."),
    };
}
