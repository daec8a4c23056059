using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentActor actor, TimeProvider clock)
    : AppDbContext(options, actor, clock)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // HiLo gives new rows their keys before the INSERT, so audit rows go in the same batch
        // and a retried SaveChanges (transient-failure retry) never half-writes an audit trail.
        modelBuilder.UseHiLo();
        base.OnModelCreating(modelBuilder);

        // Byte-order collation: prefix ranges (Term >= 'ab' AND Term < 'ac') must mean "starts with",
        // which a linguistic collation does not promise; it also matches SQLite's ordering.
        modelBuilder.Entity<Features.Customers.CustomerSearchTerm>().Property(t => t.Term).UseCollation("C");
        modelBuilder.Entity<Features.Customers.Customer>().Property(c => c.NameNormalized).UseCollation("C");
        modelBuilder.Entity<Features.Items.Item>().Property(i => i.NameNormalized).UseCollation("C");
        modelBuilder.Entity<Features.Sales.SalesDocument>().Property(d => d.Number).UseCollation("C");
        modelBuilder.Entity<Features.Sales.SalesDocument>().Property(d => d.Reference).UseCollation("C");

        // A search matches customers through their terms, then checks each one is live and sorts by name:
        // read from this index alone, without a visit to the table row (a common prefix matches thousands).
        modelBuilder.Entity<Features.Customers.Customer>()
            .HasIndex(c => c.Id, "IX_Customers_Id_Live")
            .IncludeProperties(c => new { c.TrashedAt, c.NameNormalized });

        // Sales by customer and the dashboard's sales read a period of posted documents: from this index alone.
        modelBuilder.Entity<Features.Sales.SalesDocument>()
            .HasIndex(d => new { d.Kind, d.Date }, "IX_SalesDocuments_Sales")
            .IncludeProperties(d => new { d.Status, d.CustomerId, d.Currency, d.SubtotalMinor });

        // The open items, in customer order with everything aging and balances read: those reports scan it
        // index-only and aggregate as they read, with no sort (see OpenItemsSql).
        modelBuilder.Entity<Features.Receivables.LedgerEntry>()
            .HasIndex(e => new { e.CustomerId, e.Currency }, "IX_LedgerEntries_Open")
            .IncludeProperties(e => new { e.Id, e.Date, e.DueDate, e.AmountMinor, e.OpenMinor, e.LastSettledOn })
            .HasFilter("\"ClosedOn\" IS NULL");
    }
}
