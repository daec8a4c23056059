using System.Data.Common;
using CustomerCenter.Bench.Cli;
using CustomerCenter.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CustomerCenter.Bench.Data;

/// <summary>
/// The database under test, chosen like the app chooses it (provider + connection string), with the
/// app's own DbContext classes so migrations, model and generated SQL are exactly the app's.
/// </summary>
internal sealed record BenchDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=bench/.data/customer-center.db";
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=postgres;Database=cc_bench";

    public string Name => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    public static BenchDatabase From(Arguments args)
    {
        var provider = args.Text("db") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            var other => throw new ArgumentException($"--db must be sqlite or postgres, not '{other}'."),
        };
        var connection = args.Text("connection", provider == DatabaseProvider.Sqlite ? DefaultSqlite : DefaultPostgres);
        return new BenchDatabase(provider, connection);
    }

    /// <summary>A context configured as the app configures it (see the app's DatabaseRegistration).</summary>
    public AppDbContext CreateContext(params IInterceptor[] interceptors)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(PostgresConnectionStrings.ForApp(ConnectionString))
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
                .AddInterceptors(interceptors)
                .Options;
            return new PostgresAppDbContext(options, BenchActor.Instance, TimeProvider.System);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(interceptors)
            .Options;
        return new SqliteAppDbContext(sqlite, BenchActor.Instance, TimeProvider.System);
    }

    /// <summary>Creates the database if needed and applies the app's migrations.</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        await using var db = CreateContext();
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>A plain ADO.NET connection, opened with the same per-connection settings as the app's.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(PostgresConnectionStrings.ForApp(ConnectionString))
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync(ct);
        }

        return connection;
    }
}
