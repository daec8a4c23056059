using System.Text.Json;
using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Audit;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// Turns an audit entry of another feature's entity (customer, contact, document, payment, refund,
/// portal login) into a timeline line, in the same save. This feature's own entities (calls, comments,
/// tasks, projects, files) get richer lines from their services, so they are skipped here.
/// </summary>
internal static class ActivityFromAudit
{
    public static ActivityEntry? Describe(object entity, AuditEntry audit)
    {
        if (audit.CustomerId is not { } customerId)
        {
            return null;
        }

        var (kind, summary) = entity switch
        {
            SalesDocument d => (ActivityKind.Document, Document(d, audit)),
            Payment p => (ActivityKind.Payment, Payment(p, audit)),
            Refund r => (ActivityKind.Payment, $"Refund {r.Number} paid · {new Money(r.AmountMinor, r.Currency).Format()}"),
            Customer => (ActivityKind.Change, Named("Customer", null, audit)),
            Contact c => (ActivityKind.Change, Named("Contact", c.Name, audit)),
            PortalUser u => (ActivityKind.Change, Named("Portal login", $"{u.Name} ({u.Email})", audit)),
            Communication or Comment or TaskItem or Project or ProjectDocument or CustomerFile => (ActivityKind.Change, null),
            _ => (ActivityKind.Change, Named(ActivityText.Humanize(audit.EntityType), null, audit)),
        };
        if (summary is null)
        {
            return null;
        }

        return new ActivityEntry
        {
            CustomerId = customerId,
            At = audit.At,
            Kind = kind,
            Actor = audit.Actor,
            Summary = ActivityText.Truncate(summary, ActivityLimits.Summary)!,
            SubjectType = audit.EntityType,
            SubjectId = audit.EntityId,
        };
    }

    private static string Document(SalesDocument d, AuditEntry audit)
    {
        var name = $"{DocumentPaths.Singular(d.Kind)} {d.Number ?? "(draft)"}";
        var total = new Money(d.TotalMinor, d.Currency).Format();
        return audit.Action switch
        {
            "Created" => $"{name} created · {total}",
            "Deleted" => $"{name} deleted",
            _ when Changed(audit).Contains("Status") => $"{name} {ActivityText.Humanize(d.Status)} · {total}",
            _ => $"{name} edited: {Fields(audit)}",
        };
    }

    private static string Payment(Payment p, AuditEntry audit)
    {
        var what = p.Method == PaymentMethod.Cheque ? "Cheque" : "Payment";
        var amount = new Money(p.AmountMinor, p.Currency).Format();
        if (audit.Action == "Created")
        {
            return $"{what} {p.Number} received · {amount}";
        }

        if (!Changed(audit).Contains("Status"))
        {
            return $"{what} {p.Number} edited: {Fields(audit)}";
        }

        return p.Status switch
        {
            PaymentStatus.Posted => $"{what} {p.Number} deposited · {amount}",
            PaymentStatus.Bounced => $"{what} {p.Number} bounced · {amount}",
            PaymentStatus.Reversed => $"{what} {p.Number} reversed · {amount}",
            _ => $"{what} {p.Number} {ActivityText.Humanize(p.Status.ToString())}",
        };
    }

    private static string Named(string what, string? name, AuditEntry audit)
    {
        var subject = name is null ? what : $"{what} {name}";
        return audit.Action switch
        {
            "Created" => $"{subject} added",
            "Deleted" => $"{subject} deleted",
            "Trashed" => $"{subject} moved to the trash",
            "Restored" => $"{subject} restored",
            _ => $"{subject} changed: {Fields(audit)}",
        };
    }

    private static string Fields(AuditEntry audit) => string.Join(", ", Changed(audit).Take(6).Select(ActivityText.Humanize));

    private static List<string> Changed(AuditEntry audit)
    {
        using var changes = JsonDocument.Parse(audit.Changes);
        return changes.RootElement.ValueKind == JsonValueKind.Object ? [.. changes.RootElement.EnumerateObject().Select(p => p.Name)] : [];
    }
}
