using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests;

public sealed class SqliteStatisticsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Refreshing_gives_the_sqlite_planner_statistics_of_the_customer_indexes()
    {
        if (TestDatabase.IsPostgres)
        {
            return;
        }

        var api = await app.ApiAs(StaffRole.Admin);
        await api.CreateCustomerAsync();
        await api.CreateCustomerAsync();

        var indexes = await app.WithDbAsync(async db =>
        {
            await SqliteStatistics.RefreshAsync(db, CancellationToken.None);
            return await db.Database.SqlQueryRaw<string>("SELECT idx AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Customers'").ToListAsync();
        });

        Assert.Contains("IX_Customers_NameNormalized_Id", indexes);
    }
}
