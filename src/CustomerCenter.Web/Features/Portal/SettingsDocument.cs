using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// Reads, checks and completes a settings document against <see cref="SettingsSpec"/>: every error comes
/// back with its path ("orders.allowNewOrders: expected true or false"), and the effective settings have
/// every default filled in.
/// </summary>
public static class SettingsDocument
{
    public const int MaxDocumentLength = 400_000;

    /// <summary>The problems of a document, keyed by path; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(string? json)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (json is { Length: > MaxDocumentLength })
        {
            return new() { ["settings"] = [$"The settings document can have at most {MaxDocumentLength} characters."] };
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return new() { ["settings"] = [$"Not valid JSON: {e.Message}"] };
        }

        Check(SettingsSpec.Root, node, "", errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static Dictionary<string, string[]> Validate(JsonNode? node) => Validate(node?.ToJsonString() ?? "{}");

    /// <summary>The document with every key present: what the Admin set, the defaults for the rest.</summary>
    public static JsonObject Effective(string json)
    {
        var stored = JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) as JsonObject ?? [];
        return Merge(SettingsSpec.Root, stored);
    }

    private static JsonObject Merge(SettingNode spec, JsonObject? stored)
    {
        var result = new JsonObject();
        foreach (var child in spec.Children)
        {
            var value = stored?[child.Key];
            if (child.Type == SettingType.Section)
            {
                result[child.Key] = Merge(child, value as JsonObject);
            }
            else if (value is not null)
            {
                result[child.Key] = value.DeepClone();
            }
            else
            {
                result[child.Key] = child.Default is null ? null : JsonSerializer.SerializeToNode(child.Default);
            }
        }

        return result;
    }

    private static void Check(SettingNode spec, JsonNode? node, string path, Dictionary<string, List<string>> errors)
    {
        var here = path.Length == 0 ? "settings" : path;
        if (node is null)
        {
            return;
        }

        switch (spec.Type)
        {
            case SettingType.Section:
                if (node is not JsonObject obj)
                {
                    Add(errors, here, "Expected an object.");
                    return;
                }

                foreach (var (key, value) in obj)
                {
                    var child = spec.Children.FirstOrDefault(c => c.Key == key);
                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    if (child is null)
                    {
                        Add(errors, childPath, $"Unknown key. Known keys here: {string.Join(", ", spec.Children.Select(c => c.Key))}.");
                        continue;
                    }

                    Check(child, value, childPath, errors);
                }

                break;
            case SettingType.Flag:
                if (node.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Add(errors, here, "Expected true or false.");
                }

                break;
            case SettingType.Number:
                if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var number))
                {
                    Add(errors, here, "Expected a whole number.");
                }
                else if (number < spec.Minimum || number > spec.Maximum)
                {
                    Add(errors, here, $"Expected a number from {spec.Minimum} to {spec.Maximum}.");
                }

                break;
            case SettingType.Text:
                CheckText(spec, node, here, errors);
                break;
            case SettingType.TextList:
                if (node is not JsonArray array)
                {
                    Add(errors, here, "Expected a list of texts.");
                    return;
                }

                if (array.Count > spec.MaxItems)
                {
                    Add(errors, here, $"At most {spec.MaxItems} entries.");
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    CheckText(spec, array[i], $"{here}[{i}]", errors);
                }

                break;
        }
    }

    private static void CheckText(SettingNode spec, JsonNode? node, string path, Dictionary<string, List<string>> errors)
    {
        if (node is null || node.GetValueKind() != JsonValueKind.String)
        {
            Add(errors, path, "Expected a text.");
            return;
        }

        var text = node.GetValue<string>();
        if (text.Length > spec.MaxLength)
        {
            Add(errors, path, $"At most {spec.MaxLength} characters.");
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(errors, path, "Contains characters that are not allowed.");
        }
        else if (spec.Pattern is not null && !Regex.IsMatch(text, spec.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            Add(errors, path, $"Expected {spec.PatternHint}.");
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var list))
        {
            errors[path] = list = [];
        }

        list.Add(message);
    }
}
