using System.Security.Claims;

namespace CustomerCenter.Web.Features.Idempotency;

/// <summary>
/// The pages' answer to a form posted twice (a double click, Back and resend): each form carries a key made
/// when it was shown, and the second post of that key leads to what the first one made instead of making it
/// again. The same store as the API's Idempotency-Key; a post that saved nothing frees its key for a retry.
/// </summary>
public sealed class FormSubmissions(IdempotencyStore store)
{
    public static string NewKey() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Runs <paramref name="save"/> once per key. It returns the URL of what it made, or null when it made
    /// nothing (invalid input). Returns that URL and whether this post was the one that made it; a repeated post
    /// gets the first one's URL, or null while the first one is still running.
    /// </summary>
    public async Task<(string? Location, bool Repeated)> RunOnceAsync(HttpContext http, string form, string? key, Func<Task<string?>> save)
    {
        if (string.IsNullOrEmpty(key) || key.Length > IdempotencyFilter.MaxKeyLength)
        {
            return (await save(), false);
        }

        var scope = $"{http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous"}|form {form}";
        var (claim, record) = await store.ClaimAsync(scope, key, form, http.RequestAborted);
        if (claim != ClaimResult.Claimed)
        {
            return (record?.Location, true);
        }

        try
        {
            var location = await save();
            if (location is null)
            {
                await store.ReleaseAsync(scope, key);
            }
            else
            {
                await store.CompleteAsync(scope, key, new CapturedResponse(StatusCodes.Status303SeeOther, null, location, null, ""), CancellationToken.None);
            }

            return (location, false);
        }
        catch
        {
            await store.ReleaseAsync(scope, key);
            throw;
        }
    }
}
