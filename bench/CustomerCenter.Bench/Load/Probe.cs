using CustomerCenter.Web.Data;

namespace CustomerCenter.Bench.Load;

/// <summary>Which signed-in client asks for a page: staff (cookie from /login) or a portal user (cookie from /cc/{slug}/login).</summary>
internal enum PageClient
{
    Staff,
    Portal,
}

/// <summary>
/// One request of an issue, measured as a page and/or an API call beside the plain SQL the app sends for it.
/// <see cref="Sql"/> runs the app's own code (query class or service) once to record those commands.
/// A probe that <see cref="Writes"/> records and replays its SQL in a transaction rolled back each time, and
/// times its API call with <see cref="ApiWrite"/>, which prepares untimed and returns the time of what counts.
/// </summary>
internal sealed record Probe(string Issue, string Name, string? PagePath, string? ApiPath, Func<AppDbContext, CancellationToken, Task> Sql)
{
    public PageClient Client { get; init; } = PageClient.Staff;

    public bool Writes { get; init; }

    public Func<AppClients, CancellationToken, Task<TimeSpan>>? ApiWrite { get; init; }

    /// <summary>Runs once, committed, before the SQL is recorded (the draft an invoice post needs).</summary>
    public Func<AppDbContext, CancellationToken, Task>? Setup { get; init; }

    /// <summary>The issue's goal for the page: at most this many times the plain SQL's p50.</summary>
    public double? PageWithinSql { get; init; }

    /// <summary>The issue's goal on PostgreSQL: page and API p95 under this many milliseconds.</summary>
    public double? PostgresUnderMs { get; init; }
}
