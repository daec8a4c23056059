using System.Text.Json.Nodes;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.DemoData;

/// <summary>
/// Two Client Centers with different settings — "Wholesale" (companies, ordering on) and "Retail"
/// (individuals, ordering off, users see no payment history) — with demo portal logins.
/// </summary>
public sealed class DemoPortalSeeder(AppDbContext db, IPasswordHasher<PortalUser> hasher)
{
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        var wholesale = new ClientCenter
        {
            Name = "Northwind Wholesale",
            Slug = "wholesale",
            SettingsJson = new JsonObject
            {
                ["orders"] = new JsonObject { ["allowNewOrders"] = true, ["catalogSkuPrefixes"] = new JsonArray("HW-", "SVC-", "SW-") },
                ["branding"] = new JsonObject { ["accentColor"] = "#0f766e", ["welcomeText"] = "Order, track deliveries and pay your invoices in one place." },
            }.ToJsonString(),
        };
        var retail = new ClientCenter
        {
            Name = "Northwind Retail",
            Slug = "retail",
            SettingsJson = new JsonObject
            {
                ["branding"] = new JsonObject { ["accentColor"] = "#c2410c", ["title"] = "Northwind — My account" },
                ["roles"] = new JsonObject { ["user"] = new JsonObject { ["billing"] = new JsonObject { ["showPaymentHistory"] = false } } },
            }.ToJsonString(),
        };
        db.ClientCenters.AddRange(wholesale, retail);
        await db.SaveChangesAsync(ct);

        await db.Customers.Where(c => c.Kind == CustomerKind.Company && c.IsActive && c.Id % 2 == 0).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientCenterId, wholesale.Id), ct);
        await db.Customers.Where(c => c.Kind == CustomerKind.Individual && c.IsActive).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClientCenterId, retail.Id), ct);

        var logins = new List<string>();
        var company = await FirstWithInvoicesAsync(wholesale.Id, ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.CustomerId == company.Id && c.Email != null && c.TrashedAt == null)
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Id).ToListAsync(ct);
        var roles = new[] { PortalRole.Owner, PortalRole.Admin, PortalRole.User };
        for (var i = 0; i < Math.Min(contacts.Count, roles.Length); i++)
        {
            logins.Add(AddLogin(wholesale, company, contacts[i].Id, contacts[i].Email!, contacts[i].Name, roles[i]));
        }

        var person = await FirstWithInvoicesAsync(retail.Id, ct);
        var domain = $"{person.Number.ToLowerInvariant()}.example";
        logins.Add(AddLogin(retail, person, null, $"owner@{domain}", person.Name, PortalRole.Owner));
        logins.Add(AddLogin(retail, person, null, $"user@{domain}", $"{person.Name} (family)", PortalRole.User));
        await db.SaveChangesAsync(ct);
        return logins;
    }

    private async Task<Customer> FirstWithInvoicesAsync(long centerId, CancellationToken ct) =>
        await db.Customers.AsNoTracking()
            .Where(c => c.ClientCenterId == centerId && db.SalesDocuments.Any(d => d.CustomerId == c.Id && d.Kind == Sales.DocumentKind.Invoice && d.Status != "draft"))
            .OrderBy(c => c.Id).FirstAsync(ct);

    private string AddLogin(ClientCenter center, Customer customer, long? contactId, string email, string name, PortalRole role)
    {
        var password = PasswordRules.Generate();
        var user = new PortalUser
        {
            ClientCenterId = center.Id,
            CustomerId = customer.Id,
            ContactId = contactId,
            Email = email,
            NormalizedEmail = StaffEmails.Normalize(email),
            Name = name,
            Role = role,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.PortalUsers.Add(user);
        return $"Portal /cc/{center.Slug} ({role} of {customer.Name}): {email}  password: {password}";
    }
}
