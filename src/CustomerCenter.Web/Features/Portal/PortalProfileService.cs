using System.Text.Json.Nodes;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Audit;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// The profile is read only in the portal; a customer asks the business for a change instead. The request is
/// emailed to the center's support address (else the company's) and written to the customer's history.
/// </summary>
public sealed class PortalProfileService(AppDbContext db)
{
    public const int MaxMessage = 2000;

    public async Task<Outcome<OutboxMessage>> RequestChangeAsync(PortalContext portal, string? message, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "message", message, "Your message");
        TextRules.CheckText(errors, "message", message, MaxMessage, multiline: true, label: "Your message");
        if (!errors.IsEmpty)
        {
            return Outcome<OutboxMessage>.Invalid(errors);
        }

        var to = portal.Look.SupportEmail ?? await db.CompanySettings.AsNoTracking().Select(s => s.Email).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(to))
        {
            return Outcome<OutboxMessage>.Conflict("Messages can't be sent from here yet. Please contact us by email or phone.");
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == portal.CustomerId, ct);
        var text = message!.Trim();
        var mail = Outbox.Enqueue(db, PortalMail.ChangeRequest(portal.Center, customer, portal.User!, to, text));
        db.AuditEntries.Add(new AuditEntry
        {
            At = db.Clock.GetUtcNow().UtcDateTime,
            Actor = db.Actor.Name,
            EntityType = nameof(Customer),
            EntityId = customer.Id,
            CustomerId = customer.Id,
            Action = "Change requested for",
            Changes = new JsonObject { ["Request"] = new JsonObject { ["before"] = null, ["after"] = text } }.ToJsonString(),
        });
        await db.SaveChangesAsync(ct);
        return Outcome<OutboxMessage>.Ok(mail);
    }
}
