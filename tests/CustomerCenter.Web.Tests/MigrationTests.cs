using CustomerCenter.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests;

/// <summary>Each provider's migrations must describe the current model exactly, or a deploy would miss a change.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
