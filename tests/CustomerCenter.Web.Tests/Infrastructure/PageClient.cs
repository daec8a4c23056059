using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>
/// Drives the server-rendered pages like a browser without JavaScript: GET a page, fill a form's
/// fields by name, post it with its antiforgery token and follow the redirect.
/// </summary>
public sealed class PageClient(HttpClient http) : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http => http;

    public HttpResponseMessage? LastResponse { get; private set; }

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        LastResponse = response;
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {(int)response.StatusCode}. {Shorten(html)}");
        return await ParseAsync(html, url);
    }

    /// <summary>
    /// Submits the form matched by <paramref name="formSelector"/> with its current field values
    /// overridden by <paramref name="values"/> (repeated names: pass several values for one key).
    /// Follows one redirect and returns the resulting page.
    /// </summary>
    public async Task<IHtmlDocument> SubmitAsync(
        IHtmlDocument page, string formSelector, IDictionary<string, string?>? values = null,
        string? submitName = null, string? submitValue = null, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var form = FindForm(page, formSelector);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IHtmlElement>())
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } check:
                    if (check.IsChecked)
                    {
                        fields.Add(new(name, check.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" }:
                case IHtmlButtonElement:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                fields.RemoveAll(f => f.Key == name);
                if (value is not null)
                {
                    fields.Add(new(name, value));
                }
            }
        }

        if (extra is not null)
        {
            fields.AddRange(extra);
        }

        if (submitName is not null)
        {
            fields.Add(new(submitName, submitValue ?? ""));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(new Uri(page.Url), action).ToString();
        var relative = new Uri(target).PathAndQuery;
        return await PostAsync(relative, fields);
    }

    /// <summary>A CSS selector, or "@name" for the Blazor form whose hidden _handler field is that name.</summary>
    public static IHtmlFormElement FindForm(IHtmlDocument page, string formSelector)
    {
        if (formSelector.StartsWith('@'))
        {
            var name = formSelector[1..];
            return page.QuerySelectorAll<IHtmlFormElement>("form")
                .FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{name}']") is not null)
                ?? throw new InvalidOperationException($"No form named {name}.");
        }

        return page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches {formSelector}.");
    }

    public async Task<IHtmlDocument> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await http.PostAsync(new Uri(url, UriKind.Relative), content);
        LastResponse = response;
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            var location = response.Headers.Location!;
            var next = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            return await GetAsync(next);
        }

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: got {(int)response.StatusCode}. {Shorten(html)}");
        return await ParseAsync(html, url);
    }

    public async Task SignInAsync(string email, string password)
    {
        var login = await GetAsync("/login");
        var after = await SubmitAsync(login, "@login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Null(after.QuerySelector(".flash.error"));
    }

    private static async Task<IHtmlDocument> ParseAsync(string html, string? url = null)
    {
        var document = await Parser.OpenAsync(r => r.Content(html).Address("https://localhost" + (url ?? "/")));
        return (IHtmlDocument)document;
    }

    private static string Shorten(string text) => text.Length > 600 ? text[..600] : text;

    public void Dispose() => http.Dispose();
}
