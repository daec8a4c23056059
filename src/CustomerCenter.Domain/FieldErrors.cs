using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CustomerCenter.Domain;

/// <summary>
/// Validation messages keyed by the camelCase field they belong to ("quantity", "lines[2].unitPrice"), in the
/// shape problem details use, so the host can hand them to <c>TypedResults.ValidationProblem</c> unchanged.
/// </summary>
public sealed class FieldErrors : IReadOnlyDictionary<string, string[]>
{
    private readonly Dictionary<string, string[]> byField;

    public FieldErrors(IEnumerable<(string Field, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        byField = errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
    }

    public static FieldErrors None { get; } = new([]);

    public bool IsEmpty => byField.Count == 0;

    public int Count => byField.Count;

    public IEnumerable<string> Keys => byField.Keys;

    public IEnumerable<string[]> Values => byField.Values;

    public string[] this[string key] => byField[key];

    /// <summary>Every message with its field, one pair per message.</summary>
    public IEnumerable<(string Field, string Message)> Messages =>
        byField.SelectMany(kv => kv.Value.Select(message => (kv.Key, message)));

    public static FieldErrors Single(string field, string message) => new([(field, message)]);

    /// <summary>The same messages under "prefix.field", for errors of a nested input such as a document line.</summary>
    public FieldErrors Prefixed(string prefix) => new(Messages.Select(e => ($"{prefix}.{e.Field}", e.Message)));

    /// <summary>A mutable copy, the type <c>TypedResults.ValidationProblem</c> takes.</summary>
    public Dictionary<string, string[]> ToDictionary() => new(byField, StringComparer.Ordinal);

    public bool ContainsKey(string key) => byField.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string[] value) => byField.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string[]>> GetEnumerator() => byField.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
