using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>Small readings of rendered pages that several page tests share.</summary>
public static class PageSteps
{
    /// <summary>The id at the end of a page's path, e.g. 42 for /invoices/42.</summary>
    public static long IdFromUrl(this IHtmlDocument page) =>
        long.Parse(new Uri(page.Url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Last(s => s.All(char.IsAsciiDigit)), CultureInfo.InvariantCulture);

    public static string Path(this IHtmlDocument page) => new Uri(page.Url).AbsolutePath;

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector} on {page.Url}.");

    /// <summary>The message a <c>FieldError</c> shows for an API field name such as lines[0].quantity.</summary>
    public static IElement? FieldError(this IHtmlDocument page, string field) => page.QuerySelector($"[id='error-{field}']");

    public static string Flash(this IHtmlDocument page) => page.QuerySelector(".flash")?.TextContent.Trim() ?? "";

    public static string Invariant(this long id) => id.ToString(CultureInfo.InvariantCulture);
}
