using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CustomerCenter.Web.Hosting;

/// <summary>
/// API requests get problem details for every failure. A body that doesn't bind (malformed JSON, a
/// string where a number belongs) is the client's mistake: 400 naming the field, never a 500.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed Request.Path at the error page; the original path is in this feature.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (path is null || !path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return false;
        }

        ProblemDetails problem;
        if (exception is BadHttpRequestException bad)
        {
            var field = FieldOf(bad);
            problem = new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [MessageFor(bad, field)],
            })
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is not valid.",
            };
        }
        else
        {
            logger.LogError(exception, "Unhandled error on {Path}", path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
        }

        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static string FieldOf(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path })
        {
            return JsonPath.ToFieldName(path);
        }

        return "body";
    }

    private static string MessageFor(BadHttpRequestException exception, string field) => exception.InnerException switch
    {
        JsonException when field == "body" => "The body is not valid JSON.",
        JsonException => $"The value of '{field}' is not valid for its type.",
        _ when exception.StatusCode == StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => exception.Message,
    };
}
