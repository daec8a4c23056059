using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>The published JSON Schema (draft 2020-12) of the settings document, generated from <see cref="SettingsSpec"/>.</summary>
public static class SettingsSchema
{
    public static JsonObject Build()
    {
        var schema = Node(SettingsSpec.Root);
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        schema["$id"] = "/api/v1/client-centers/settings-schema";
        schema["title"] = "Client Center settings";
        return schema;
    }

    private static JsonObject Node(SettingNode spec)
    {
        var node = new JsonObject { ["description"] = spec.Description };
        switch (spec.Type)
        {
            case SettingType.Section:
                node["type"] = "object";
                node["additionalProperties"] = false;
                var properties = new JsonObject();
                foreach (var child in spec.Children)
                {
                    properties[child.Key] = Node(child);
                }

                node["properties"] = properties;
                break;
            case SettingType.Flag:
                node["type"] = "boolean";
                break;
            case SettingType.Number:
                node["type"] = "integer";
                node["minimum"] = spec.Minimum;
                node["maximum"] = spec.Maximum;
                break;
            case SettingType.Text:
                node["type"] = "string";
                AddTextLimits(node, spec);
                break;
            case SettingType.TextList:
                node["type"] = "array";
                node["maxItems"] = spec.MaxItems;
                var items = new JsonObject { ["type"] = "string" };
                AddTextLimits(items, spec);
                node["items"] = items;
                break;
        }

        if (spec.Default is not null)
        {
            node["default"] = JsonSerializer.SerializeToNode(spec.Default);
        }

        return node;
    }

    private static void AddTextLimits(JsonObject node, SettingNode spec)
    {
        if (spec.MaxLength is { } max)
        {
            node["maxLength"] = max;
        }

        if (spec.Pattern is { } pattern)
        {
            node["pattern"] = pattern;
        }
    }

    /// <summary>Every key with its type, default and meaning, for the reference page.</summary>
    public static IEnumerable<(string Path, string Type, string Default, string Description)> Reference() => Walk(SettingsSpec.Root, "");

    private static IEnumerable<(string, string, string, string)> Walk(SettingNode spec, string path)
    {
        foreach (var child in spec.Children)
        {
            var childPath = path.Length == 0 ? child.Key : $"{path}.{child.Key}";
            if (child.Type == SettingType.Section)
            {
                foreach (var row in Walk(child, childPath))
                {
                    yield return row;
                }

                continue;
            }

            var type = child.Type switch
            {
                SettingType.Flag => "boolean",
                SettingType.Number => "integer",
                SettingType.TextList => "string[]",
                _ => "string",
            };
            yield return (childPath, type, child.Default is null ? "—" : JsonSerializer.Serialize(child.Default), child.Description);
        }
    }
}
