using System.Security.Claims;
using System.Security.Cryptography;

namespace CustomerCenter.Web.Features.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on creating POSTs: the same key and body replay the first response
/// (status, headers, body) and create nothing; the same key with another body answers 422. Without the
/// header the request runs as usual. If the process dies after the work commits but before the response
/// is stored, the key stays "in progress" and retries answer 409 rather than risk doing the work twice.
/// </summary>
public sealed class IdempotencyFilter(IdempotencyStore store) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength || key.Any(char.IsControl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Header] = [$"The key is 1 to {MaxKeyLength} printable characters."] });
        }

        var scope = $"{http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous"}|{http.Request.Method} {http.Request.Path}";
        var hash = await HashBodyAsync(http.Request);
        var ct = http.RequestAborted;
        var (claim, record) = await store.ClaimAsync(scope, key, hash, ct);
        switch (claim)
        {
            case ClaimResult.Replay:
                return CapturedResponse.From(record!);
            case ClaimResult.DifferentRequest:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "This Idempotency-Key was already used with a different request body.");
            case ClaimResult.InProgress:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                    title: "A request with this Idempotency-Key is still being processed; retry later.");
        }

        try
        {
            var result = await next(context);
            if (result is not IResult executable)
            {
                await store.ReleaseAsync(scope, key);
                return result;
            }

            var captured = await CapturedResponse.CaptureAsync(executable, http);
            if (captured.StatusCode >= 500)
            {
                await store.ReleaseAsync(scope, key);
            }
            else
            {
                await store.CompleteAsync(scope, key, captured, CancellationToken.None);
            }

            return captured;
        }
        catch
        {
            await store.ReleaseAsync(scope, key);
            throw;
        }
    }

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        if (!request.Body.CanSeek)
        {
            return "";
        }

        request.Body.Position = 0;
        var hash = await SHA256.HashDataAsync(request.Body);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}
