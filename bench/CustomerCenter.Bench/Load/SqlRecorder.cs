using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerCenter.Bench.Load;

/// <summary>Records the commands the app's queries send, by running the app's own query code once.</summary>
internal sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly List<RecordedCommand> _commands = [];
    private string? _last;

    public static async Task<(IReadOnlyList<RecordedCommand> Commands, Paged<CustomerListItem> Result)> CustomerListAsync(
        BenchDatabase database, Scenario scenario, CancellationToken ct)
    {
        var recorder = new SqlRecorder();
        await using var db = database.CreateContext(recorder);
        var result = await new CustomerQueries(db).ListAsync(scenario.Filter(), ct);
        return (recorder._commands, result);
    }

    /// <summary>
    /// The commands sent while <paramref name="work"/> runs the app's code: through EF (its interceptor) and
    /// built by hand on EF's connection (<see cref="RawCommandCapture"/>), each once, in order. Work that
    /// writes runs in a transaction that is rolled back, so recording changes nothing.
    /// </summary>
    public static async Task<IReadOnlyList<RecordedCommand>> RecordAsync(
        BenchDatabase database, Func<AppDbContext, CancellationToken, Task> work, bool writes, CancellationToken ct)
    {
        var recorder = new SqlRecorder();
        await using var capture = RawCommandCapture.Create(database, recorder.Add, recorder);
        var db = capture.Context;
        if (!writes)
        {
            await work(db, ct);
            return recorder._commands;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await work(db, ct);
        await transaction.RollbackAsync(ct);
        return recorder._commands;
    }

    /// <summary>
    /// Each execution once: EF's are seen by the interceptor first, then again by the connection's hook, so
    /// the same command object with the same text and values right after the last one is that one again
    /// (Npgsql recycles its command objects, so the object alone does not tell). Transaction control
    /// (BEGIN, SAVEPOINT, ROLLBACK …) is the replay's own business and is left out.
    /// </summary>
    private void Add(DbCommand command)
    {
        var first = command.CommandText.TrimStart().Split([' ', ';', '\n', '\r'], 2)[0].ToUpperInvariant();
        if (first is "BEGIN" or "COMMIT" or "ROLLBACK" or "SAVEPOINT" or "RELEASE" or "END")
        {
            return;
        }

        var key = string.Join('\u001f', command.Parameters.Cast<DbParameter>().Select(p => $"{p.ParameterName}={p.Value}")
            .Prepend(command.CommandText).Prepend(RuntimeHelpers.GetHashCode(command).ToString(CultureInfo.InvariantCulture)));
        if (key != _last)
        {
            _last = key;
            _commands.Add(RecordedCommand.From(command));
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
