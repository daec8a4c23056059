using System.Globalization;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Bench.Generation;

/// <summary>
/// The app's customer numbering (see the app's NumberSequences): the "customer" row holds the format; the
/// counter is in that row, or in "customer@YYYY" when the format shows the year. Generated customers
/// take the next values and the counter is moved past them, as if the app had numbered them.
/// </summary>
internal sealed class CustomerNumbers
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private CustomerNumbers(string format, long next)
    {
        Format = format;
        Next = next;
    }

    public string Format { get; }

    public long Next { get; private set; }

    public static string CounterKey(string format) =>
        format.Contains("{yy", StringComparison.Ordinal) ? $"{NumberSequences.Customer}@{Today.Year}" : NumberSequences.Customer;

    public static string NumberFor(string format, long value) => DocumentNumberFormat.Format(format, value, Today);

    public static async Task<CustomerNumbers> ReadAsync(BulkSession session, CancellationToken ct)
    {
        const string select = """ FROM "NumberSequences" WHERE "Key" = @key""";
        var format = (string?)await session.ScalarAsync("""SELECT "Format" """ + select, ct, ("key", NumberSequences.Customer))
            ?? NumberSequences.DefaultFormats[NumberSequences.Customer];
        var next = await session.ScalarAsync("""SELECT "NextValue" """ + select, ct, ("key", CounterKey(format)));
        return new CustomerNumbers(format, next is null ? 1 : Convert.ToInt64(next, CultureInfo.InvariantCulture));
    }

    public string Take() => NumberFor(Format, Next++);

    public Task SaveAsync(BulkSession session, CancellationToken ct) =>
        session.ExecuteAsync(
            """
            INSERT INTO "NumberSequences" ("Key", "Format", "NextValue") VALUES (@key, @format, @next)
            ON CONFLICT ("Key") DO UPDATE SET "NextValue" = excluded."NextValue"
            """,
            ct, ("key", CounterKey(Format)), ("format", Format), ("next", Next));
}
