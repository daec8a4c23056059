using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Data;

public abstract partial class AppDbContext
{
    /// <summary>
    /// Synchronous saves are only for framework stores (Data Protection keys); business data goes through
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which runs the derived-field and audit steps.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangeTracker.Entries().Any(e => e.Entity is IAudited or IVersioned && e.State != EntityState.Unchanged))
        {
            throw new NotSupportedException("Business data must be saved with SaveChangesAsync.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private readonly List<Func<ActivityEntry>> _pendingActivity = [];

    /// <summary>
    /// Adds a timeline line to the next save. It is built when that save knows the new rows' keys,
    /// so <paramref name="build"/> may read the id of an entity added in the same unit of work.
    /// </summary>
    public void RecordActivity(Func<ActivityEntry> build) => _pendingActivity.Add(build);

    /// <summary>
    /// Every save bumps versions, refreshes derived columns and writes audit entries for
    /// <see cref="IAudited"/> changes, with their timeline lines (<see cref="ActivityEntry"/>).
    /// When the new rows' keys are known before the insert (PostgreSQL's HiLo) the audit rows go
    /// in the same statement batch; otherwise (SQLite identity keys) both saves run in one
    /// transaction so the audit can't be lost.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await PrepareChangesAsync(now, cancellationToken);
        var audit = AuditCapture.Capture(ChangeTracker, Actor.Name, now);
        // Taken now, so a failed save can't leave lines behind for an unrelated later one.
        var pending = _pendingActivity.ToList();
        _pendingActivity.Clear();
        if (audit.Count == 0 && pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (audit.All(a => a.KeyIsKnown) && (pending.Count == 0 || !HasTemporaryKeys()))
        {
            Record(audit, pending, now);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            Record(audit, pending, now);
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private void Record(List<AuditCapture> audit, List<Func<ActivityEntry>> pending, DateTime now)
    {
        foreach (var capture in audit)
        {
            var entry = capture.ToEntry();
            AuditEntries.Add(entry);
            if (ActivityFromAudit.Describe(capture.Entity, entry) is { } activity)
            {
                ActivityEntries.Add(activity);
            }
        }

        foreach (var build in pending)
        {
            var activity = build();
            activity.At = activity.At == default ? now : activity.At;
            ActivityEntries.Add(activity);
        }
    }

    private bool HasTemporaryKeys() =>
        ChangeTracker.Entries().Any(e => e.State == EntityState.Added && e.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary));

    private async Task PrepareChangesAsync(DateTime now, CancellationToken ct)
    {
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State == EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                versioned.Version++;
            }

            if (entry.Entity is Customer customer && entry.State is EntityState.Added or EntityState.Modified)
            {
                if (entry.State == EntityState.Modified)
                {
                    await entry.Collection(nameof(Customer.SearchTerms)).LoadAsync(ct);
                }

                CustomerDerivedFields.Refresh(customer);
            }

            if (entry.Entity is Features.Items.Item item && entry.State is EntityState.Added or EntityState.Modified)
            {
                item.NameNormalized = Features.Search.SearchText.Normalize(item.Name);
            }
        }

        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var created = entry.Metadata.FindProperty("CreatedAt");
            if (entry.State == EntityState.Added && created is not null && (DateTime)entry.CurrentValues[created]! == default)
            {
                entry.CurrentValues[created] = now;
            }

            var updated = entry.Metadata.FindProperty("UpdatedAt");
            if (updated is not null)
            {
                entry.CurrentValues[updated] = now;
            }
        }
    }
}
