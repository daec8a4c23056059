using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Hosting;

internal static class DatabaseRegistration
{
    public static DatabaseOptions AddCustomerCenterDatabase(this WebApplicationBuilder builder)
    {
        var options = DatabaseOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o
                .UseNpgsql(PostgresConnectionStrings.ForApp(options.ConnectionString), npgsql => npgsql.EnableRetryOnFailure(
                    maxRetryCount: 4, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning)));
        }
        else
        {
            Directory.CreateDirectory(options.DataFolder);
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o
                .UseSqlite(SqliteConnectionStrings.ForConcurrentUse(options.ConnectionString))
                .AddInterceptors(SqlitePragmas.Instance));
            builder.Services.AddHostedService<SqliteStatistics>();
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return options;
    }
}
