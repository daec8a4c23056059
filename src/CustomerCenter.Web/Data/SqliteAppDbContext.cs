using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentActor actor, TimeProvider clock)
    : AppDbContext(options, actor, clock);
