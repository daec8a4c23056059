using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Portal;

/// <summary><c>{ name, slug, isActive, settings: {...} }</c>; settings are checked against the published schema.</summary>
public sealed partial class ClientCenterInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public bool? IsActive { get; set; }

    public JsonObject? Settings { get; set; }

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "name", Name, "The name");
        TextRules.CheckText(errors, "name", Name, 100, label: "The name");
        if (string.IsNullOrWhiteSpace(Slug) || !SlugPattern().IsMatch(Slug.Trim()))
        {
            errors.Add("slug", "The address part is 2 to 40 lower-case letters, digits and dashes, e.g. wholesale.");
        }
        else if (ReservedSlugs.Contains(Slug.Trim()))
        {
            errors.Add("slug", "This address part is reserved.");
        }

        foreach (var (path, messages) in SettingsDocument.Validate(Settings))
        {
            foreach (var message in messages)
            {
                errors.Add(path == "settings" ? "settings" : $"settings.{path}", message);
            }
        }

        return errors;
    }

    private static readonly HashSet<string> ReservedSlugs = ["api", "admin", "login", "static", "assets"];

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
