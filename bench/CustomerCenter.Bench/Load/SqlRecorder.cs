using System.Data.Common;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerCenter.Bench.Load;

/// <summary>Records the commands the app's queries send, by running the app's own query code once.</summary>
internal sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly List<RecordedCommand> _commands = [];

    public static async Task<(IReadOnlyList<RecordedCommand> Commands, Paged<CustomerListItem> Result)> CustomerListAsync(
        BenchDatabase database, Scenario scenario, CancellationToken ct)
    {
        var recorder = new SqlRecorder();
        await using var db = database.CreateContext(recorder);
        var result = await new CustomerQueries(db).ListAsync(scenario.Filter(), ct);
        return (recorder._commands, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Add(RecordedCommand.From(command));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Add(RecordedCommand.From(command));
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
