using System.Globalization;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// The app's document numbering (see its NumberSequences) for one sequence: the format from the row keyed by the
/// sequence name (or the app's default), a counter per year ("invoice@2025") when the format shows the year.
/// Generated documents take the next values; <see cref="SaveAsync"/> moves every counter used past them, so the
/// app's next document continues after them.
/// </summary>
internal sealed class SequenceCounters
{
    private readonly Dictionary<string, long> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _next = new(StringComparer.Ordinal);

    private SequenceCounters(string key, string format)
    {
        Key = key;
        Format = format;
    }

    public string Key { get; }

    public string Format { get; }

    private bool Yearly => Format.Contains("{yy", StringComparison.Ordinal);

    /// <summary>The format and the stored counters of the years <paramref name="years"/> (each counter is one row).</summary>
    public static async Task<SequenceCounters> ReadAsync(BulkSession session, string key, IEnumerable<int> years, CancellationToken ct)
    {
        var format = (string?)await session.ScalarAsync("""SELECT "Format" FROM "NumberSequences" WHERE "Key" = @key""", ct, ("key", key))
            ?? NumberSequences.DefaultFormats[key];
        var counters = new SequenceCounters(key, format);
        foreach (var counter in years.Select(y => counters.CounterKey(new DateOnly(y, 1, 1))).Distinct())
        {
            var stored = await session.ScalarAsync("""SELECT "NextValue" FROM "NumberSequences" WHERE "Key" = @key""", ct, ("key", counter));
            counters._stored[counter] = stored is null ? 1 : Convert.ToInt64(stored, CultureInfo.InvariantCulture);
        }

        return counters;
    }

    public string CounterKey(DateOnly date) => Yearly ? $"{Key}@{date.Year}" : Key;

    /// <summary>The next number for a document dated <paramref name="date"/>, as NumberSequences.NextAsync would give it.</summary>
    public string Take(DateOnly date)
    {
        var counter = CounterKey(date);
        if (!_next.TryGetValue(counter, out var value))
        {
            value = _stored.TryGetValue(counter, out var stored)
                ? stored
                : throw new InvalidOperationException($"No counter {counter} was read: the date {date} is outside the years read.");
        }

        _next[counter] = value + 1;
        return DocumentNumberFormat.Format(Format, value, date);
    }

    /// <summary>The number the app would give next for a date (for the check).</summary>
    public string NextNumber(DateOnly date) => DocumentNumberFormat.Format(Format, _next.GetValueOrDefault(CounterKey(date), 1), date);

    /// <summary>Every counter this run moved and its next value.</summary>
    public IEnumerable<(string CounterKey, long NextValue)> Counters => _next.Select(p => (p.Key, p.Value));

    public async Task SaveAsync(BulkSession session, CancellationToken ct)
    {
        foreach (var (counter, next) in _next)
        {
            await session.ExecuteAsync(
                """
                INSERT INTO "NumberSequences" ("Key", "Format", "NextValue") VALUES (@key, @format, @next)
                ON CONFLICT ("Key") DO UPDATE SET "NextValue" = excluded."NextValue"
                """,
                ct, ("key", counter), ("format", Format), ("next", next));
        }
    }
}
