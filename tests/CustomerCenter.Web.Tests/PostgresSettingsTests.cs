using CustomerCenter.Web.Data;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests;

public sealed class PostgresSettingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void The_app_turns_jit_off_unless_the_connection_string_sets_it()
    {
        Assert.Contains("-c jit=off", PostgresConnectionStrings.ForApp("Host=db;Database=cc"), StringComparison.Ordinal);
        Assert.Contains("-c statement_timeout=5000 -c jit=off", PostgresConnectionStrings.ForApp("Host=db;Options=-c statement_timeout=5000"), StringComparison.Ordinal);
        Assert.DoesNotContain("jit=off", PostgresConnectionStrings.ForApp("Host=db;Options=-c jit=on"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_s_postgresql_connections_run_without_jit()
    {
        if (!TestDatabase.IsPostgres)
        {
            return;
        }

        var jit = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
        Assert.Equal("off", jit);
    }
}
