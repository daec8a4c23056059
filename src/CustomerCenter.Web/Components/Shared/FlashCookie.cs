using Microsoft.AspNetCore.Components;

namespace CustomerCenter.Web.Components.Shared;

/// <summary>
/// Post/redirect/get for page actions: the result message rides in a short-lived cookie across the
/// redirect, so refreshing the page afterwards shows it again instead of repeating the action.
/// </summary>
public static class FlashCookie
{
    private const string Name = ".cc.flash";

    public static void RedirectWithMessage(this NavigationManager navigation, HttpContext context, string url, string message, string kind = "success")
    {
        Set(context, message, kind);
        navigation.NavigateTo(url);
    }

    /// <summary>Leaves a message for the next page this browser shows (endpoints that redirect themselves).</summary>
    public static void Set(HttpContext context, string message, string kind = "success") =>
        context.Response.Cookies.Append(Name, $"{kind}|{message}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromMinutes(1),
        });

    /// <summary>Reads and clears the message left by the previous request, if any.</summary>
    public static (string Kind, string Message)? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(Name);
        }

        var separator = value.IndexOf('|', StringComparison.Ordinal);
        var kind = separator > 0 ? value[..separator] : "info";
        return (kind is "success" or "error" or "warning" ? kind : "info", separator > 0 ? value[(separator + 1)..] : value);
    }
}
