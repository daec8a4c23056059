using System.Globalization;
using System.Text.Json;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Checks custom field values against their definitions and stores them as canonical strings.</summary>
public static class CustomFieldValues
{
    public const int MaxTextLength = 500;

    public static void Validate(ValidationErrors errors, Dictionary<string, JsonElement>? values, IReadOnlyList<CustomFieldDefinition> fields)
    {
        values ??= [];
        foreach (var key in values.Keys.Where(k => fields.All(f => f.Key != k)))
        {
            errors.Add($"customFields.{Shorten(key)}", "There is no custom field with this key.");
        }

        foreach (var field in fields)
        {
            var present = values.TryGetValue(field.Key, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                && !(value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));
            if (!present)
            {
                if (field.IsRequired)
                {
                    errors.Add($"customFields.{field.Key}", $"{field.Label} is required.");
                }

                continue;
            }

            var message = Check(field, value);
            if (message is not null)
            {
                errors.Add($"customFields.{field.Key}", message);
            }
        }
    }

    public static Dictionary<string, string> ToStored(Dictionary<string, JsonElement>? values, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (values is not null && values.TryGetValue(field.Key, out var value) && Canonical(field, value) is { } canonical)
            {
                stored[field.Key] = canonical;
            }
        }

        return stored;
    }

    /// <summary>The typed JSON value of a stored field (number, boolean, "YYYY-MM-DD" or text).</summary>
    public static object? ToJsonValue(CustomFieldDefinition field, string stored) => field.Type switch
    {
        CustomFieldType.Number => decimal.Parse(stored, CultureInfo.InvariantCulture),
        CustomFieldType.YesNo => stored == "true",
        _ => stored,
    };

    private static string? Check(CustomFieldDefinition field, JsonElement value)
    {
        switch (field.Type)
        {
            case CustomFieldType.Text:
                return value.ValueKind != JsonValueKind.String ? $"{field.Label} must be text."
                    : value.GetString()!.Length > MaxTextLength ? $"{field.Label} can have at most {MaxTextLength} characters."
                    : value.GetString()!.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? $"{field.Label} contains characters that are not allowed."
                    : null;
            case CustomFieldType.Number:
                return ParseNumber(value) is null ? $"{field.Label} must be a number." : null;
            case CustomFieldType.Date:
                return value.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null
                    : $"{field.Label} must be a date written YYYY-MM-DD.";
            case CustomFieldType.YesNo:
                return ParseBool(value) is null ? $"{field.Label} must be yes or no (true or false)." : null;
            case CustomFieldType.Choice:
                return value.ValueKind == JsonValueKind.String && field.Choices.Contains(value.GetString()!)
                    ? null
                    : $"{field.Label} must be one of: {string.Join(", ", field.Choices)}.";
            default:
                return "Unknown field type.";
        }
    }

    private static string? Canonical(CustomFieldDefinition field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
            || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
        {
            return null;
        }

        return field.Type switch
        {
            CustomFieldType.Number => ParseNumber(value)?.ToString(CultureInfo.InvariantCulture),
            CustomFieldType.YesNo => ParseBool(value) is { } b ? (b ? "true" : "false") : null,
            _ => value.GetString()?.Trim(),
        };
    }

    private static decimal? ParseNumber(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
            && value.GetString()!.Length <= 40
            ? parsed
            : null;
    }

    private static bool? ParseBool(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when value.GetString() is "true" or "yes" => true,
        JsonValueKind.String when value.GetString() is "false" or "no" => false,
        _ => null,
    };

    private static string Shorten(string key) => key.Length > 40 ? key[..40] : key;
}
