using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CustomerCenter.Web.Data;

/// <summary>Turns the change tracker's pending changes into audit entries (before/after per property).</summary>
internal sealed class AuditCapture
{
    // Derived or bookkeeping columns whose changes would only add noise to the history.
    private static readonly HashSet<string> Ignored =
        ["Version", "UpdatedAt", "CreatedAt", "NameNormalized", "SecurityStamp", "PasswordHash", "KeyHash",
         "FailedSignInCount", "LastSignInAt"];

    private readonly EntityEntry _entry;
    private readonly string _action;
    private readonly string? _changes;
    private readonly string _actor;
    private readonly DateTime _at;

    private AuditCapture(EntityEntry entry, string action, string? changes, string actor, DateTime at)
    {
        _entry = entry;
        _action = action;
        _changes = changes;
        _actor = actor;
        _at = at;
    }

    public object Entity => _entry.Entity;

    public bool KeyIsKnown => !_entry.Property(nameof(IAudited.Id)).IsTemporary && ((IAudited)_entry.Entity).Id != 0;

    public static List<AuditCapture> Capture(ChangeTracker tracker, string actor, DateTime at)
    {
        var result = new List<AuditCapture>();
        foreach (var entry in tracker.Entries().Where(e => e.Entity is IAudited))
        {
            // A new row is described after the insert (ToEntry), when its keys and foreign keys are real, not EF's temporary ones.
            var capture = entry.State switch
            {
                EntityState.Added => ("Created", null),
                EntityState.Modified => Describe(entry, ActionOf(entry), added: false),
                EntityState.Deleted => ("Deleted", "{}"),
                _ => default,
            };
            if (capture.Item1 is not null)
            {
                result.Add(new AuditCapture(entry, capture.Item1, capture.Item2, actor, at));
            }
        }

        return result;
    }

    public AuditEntry ToEntry()
    {
        var audited = (IAudited)_entry.Entity;
        return new AuditEntry
        {
            At = _at,
            Actor = _actor,
            EntityType = _entry.Metadata.ClrType.Name,
            EntityId = audited.Id,
            CustomerId = audited.AuditCustomerId,
            Action = _action,
            Changes = _changes ?? Describe(_entry, _action, added: true).Item2 ?? "{}",
        };
    }

    private static string ActionOf(EntityEntry entry)
    {
        var trashed = entry.Properties.FirstOrDefault(p => p.Metadata.Name == nameof(ITrashable.TrashedAt));
        if (trashed is { IsModified: true })
        {
            return trashed.CurrentValue is null ? "Restored" : "Trashed";
        }

        return "Updated";
    }

    private static (string?, string?) Describe(EntityEntry entry, string action, bool added)
    {
        var changes = new JsonObject();
        foreach (var property in entry.Properties)
        {
            if (Ignored.Contains(property.Metadata.Name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            if (!added && !property.IsModified)
            {
                continue;
            }

            var before = added ? null : property.OriginalValue;
            var after = property.CurrentValue;
            if (added && after is null)
            {
                continue;
            }

            if (!added && Equals(Serialize(before), Serialize(after)))
            {
                continue;
            }

            changes[property.Metadata.Name] = new JsonObject
            {
                ["before"] = ToNode(before),
                ["after"] = ToNode(after),
            };
        }

        foreach (var complex in entry.ComplexProperties)
        {
            if (!added && !complex.IsModified)
            {
                continue;
            }

            changes[complex.Metadata.Name] = new JsonObject
            {
                ["after"] = ToNode(complex.CurrentValue),
            };
        }

        foreach (var collection in entry.ComplexCollections)
        {
            if (!added && !collection.IsModified)
            {
                continue;
            }

            changes[collection.Metadata.Name] = new JsonObject
            {
                ["after"] = ToNode(collection.CurrentValue),
            };
        }

        if (!added && changes.Count == 0)
        {
            return (null, "");
        }

        return (action, changes.ToJsonString());
    }

    private static string Serialize(object? value) => JsonSerializer.Serialize(value, AuditJson.Options);

    private static JsonNode? ToNode(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), AuditJson.Options);
}
