using System.Data;
using System.Data.Common;
using System.Diagnostics;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// A context of the app whose connection also reports the commands the app builds by hand on it (the
/// reports' SQL, the ledger's balance upsert), which EF's interceptors never see: on SQLite a connection
/// whose commands report themselves when run; on PostgreSQL Npgsql's tracing hook, which hands over each
/// command as it starts (listened to only while recording, so replays pay nothing for it).
/// </summary>
internal sealed class RawCommandCapture : IAsyncDisposable
{
    private readonly DbConnection? _sqlite;
    private readonly NpgsqlDataSource? _postgres;
    private readonly ActivityListener? _listener;

    private RawCommandCapture(AppDbContext context, DbConnection? sqlite, NpgsqlDataSource? postgres, ActivityListener? listener)
    {
        Context = context;
        _sqlite = sqlite;
        _postgres = postgres;
        _listener = listener;
    }

    public AppDbContext Context { get; }

    public static RawCommandCapture Create(BenchDatabase database, Action<DbCommand> executed, params IInterceptor[] interceptors)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var builder = new NpgsqlDataSourceBuilder(database.ConnectionString);
            builder.ConfigureTracing(o => o.ConfigureCommandEnrichmentCallback((_, command) => executed(command)));
            var source = builder.Build();
            var listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            };
            ActivitySource.AddActivityListener(listener);
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(source)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
                .AddInterceptors(interceptors)
                .Options;
            return new RawCommandCapture(new PostgresAppDbContext(options, BenchActor.Instance, TimeProvider.System), null, source, listener);
        }

        var connection = new ReportingSqliteConnection(database.ConnectionString, executed);
        var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(interceptors)
            .Options;
        return new RawCommandCapture(new SqliteAppDbContext(sqlite, BenchActor.Instance, TimeProvider.System), connection, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _listener?.Dispose();
    }

    private sealed class ReportingSqliteConnection(string connectionString, Action<DbCommand> executed) : SqliteConnection(connectionString)
    {
        public override SqliteCommand CreateCommand() => new ReportingSqliteCommand(executed)
        {
            Connection = this,
            CommandTimeout = DefaultTimeout,
            Transaction = Transaction,
        };
    }

    private sealed class ReportingSqliteCommand(Action<DbCommand> executed) : SqliteCommand
    {
        public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
        {
            executed(this);
            return base.ExecuteReader(behavior);
        }

        public override int ExecuteNonQuery()
        {
            executed(this);
            return base.ExecuteNonQuery();
        }

        public override object? ExecuteScalar()
        {
            executed(this);
            return base.ExecuteScalar();
        }
    }
}
