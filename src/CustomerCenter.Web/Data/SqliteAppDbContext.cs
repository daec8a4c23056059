using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentActor actor, TimeProvider clock)
    : AppDbContext(options, actor, clock)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Sales by customer and the dashboard's sales read a period of posted documents: from this index alone
        // (on 2 M invoices, a year: 2.5 s → 0.75 s, where the (Kind, Date) index visited every row).
        modelBuilder.Entity<Features.Sales.SalesDocument>()
            .HasIndex(d => new { d.Kind, d.Date, d.Status, d.CustomerId, d.Currency, d.SubtotalMinor }, "IX_SalesDocuments_Sales");

        // The open items, in customer order with everything aging and balances read (SQLite has no INCLUDE,
        // so they are key columns; the row id is in every index): see OpenItemsSql.
        modelBuilder.Entity<Features.Receivables.LedgerEntry>()
            .HasIndex(e => new { e.CustomerId, e.Currency, e.Date, e.DueDate, e.AmountMinor, e.OpenMinor, e.LastSettledOn }, "IX_LedgerEntries_Open")
            .HasFilter("\"ClosedOn\" IS NULL");
    }
}
