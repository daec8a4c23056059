namespace CustomerCenter.Web.Features.Common;

/// <summary>Field-named validation messages, the same for a 400 problem and for messages beside form fields.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public IEnumerable<string> Fields => _errors.Keys;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public void AddAll(IEnumerable<KeyValuePair<string, string[]>> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    public IReadOnlyList<string> For(string field) => _errors.TryGetValue(field, out var list) ? list : [];

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
}
