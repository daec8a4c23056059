using Microsoft.Data.Sqlite;
using Npgsql;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database per test class: a temp SQLite file, or a new database on the throwaway
/// PostgreSQL that test.sh starts (CC_TEST_DB=Postgres, CC_TEST_POSTGRES=admin connection string).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public static string ProviderName => Environment.GetEnvironmentVariable("CC_TEST_DB") ?? "Sqlite";

    public static bool IsPostgres => string.Equals(ProviderName, "Postgres", StringComparison.OrdinalIgnoreCase);

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!IsPostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"cc-test-{Guid.NewGuid():N}.db");
            return new TestDatabase("Sqlite", $"Data Source={file}", file, null);
        }

        var admin = Environment.GetEnvironmentVariable("CC_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CC_TEST_DB=Postgres needs CC_TEST_POSTGRES (test.sh sets it).");
        var name = $"cc_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 40 };
        return new TestDatabase("Postgres", builder.ConnectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("CC_TEST_POSTGRES"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
