using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Audit;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Preferences;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using CustomerCenter.Web.Features.Settings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

/// <summary>
/// The one database context. Each provider has a subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) only so that each keeps its own migrations.
/// </summary>
public abstract partial class AppDbContext(DbContextOptions options, ICurrentActor actor, TimeProvider clock)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserPreference> UserPreferences => Set<UserPreference>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerSearchTerm> CustomerSearchTerms => Set<CustomerSearchTerm>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<CustomFieldDefinition> CustomFieldDefinitions => Set<CustomFieldDefinition>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TaxRate> TaxRates => Set<TaxRate>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<SalesDocument> SalesDocuments => Set<SalesDocument>();

    public DbSet<SalesDocumentLine> SalesDocumentLines => Set<SalesDocumentLine>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<CustomerBalance> CustomerBalances => Set<CustomerBalance>();

    public DbSet<CompanySettings> CompanySettings => Set<CompanySettings>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<ClientCenter> ClientCenters => Set<ClientCenter>();

    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();

    public DbSet<PortalToken> PortalTokens => Set<PortalToken>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ActivityEntry> ActivityEntries => Set<ActivityEntry>();

    public DbSet<Communication> Communications => Set<Communication>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentMention> CommentMentions => Set<CommentMention>();

    public DbSet<TaskItem> Tasks => Set<TaskItem>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectDocument> ProjectDocuments => Set<ProjectDocument>();

    public DbSet<CustomerFile> CustomerFiles => Set<CustomerFile>();

    public DbSet<CustomerFileContent> CustomerFileContents => Set<CustomerFileContent>();

    public ICurrentActor Actor => actor;

    public TimeProvider Clock => clock;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
