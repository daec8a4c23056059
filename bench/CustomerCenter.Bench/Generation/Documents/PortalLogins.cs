using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// The Client Center the portal load test signs into: one center (slug "bench", default settings), the first
/// active customers as its members (Customers.ClientCenterId, which PortalSignIn requires), and one Owner login per
/// customer, all with the same password hashed once by the app's own <see cref="PasswordHasher{TUser}"/>.
/// </summary>
internal static class PortalLogins
{
    public const string Slug = "bench";
    public const string Password = "Bench-Portal-2026!";

    public sealed record Result(string Slug, long CenterId, int Users, string BigCustomerEmail, string OtherEmail);

    public static string EmailOf(BenchCustomer customer) => $"owner@{customer.Number.ToLowerInvariant()}.bench.example";

    public static async Task<Result?> WriteAsync(
        BulkSession session, AppDbContext db, DocumentTables tables, IReadOnlyList<BenchCustomer> customers, int count, DateOnly until, CancellationToken ct)
    {
        if (count <= 0)
        {
            return null;
        }

        if (await db.ClientCenters.AnyAsync(c => c.Slug == Slug, ct))
        {
            Console.WriteLine($"A Client Center /cc/{Slug} exists already: no portal logins generated.");
            return null;
        }

        var at = until.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        var center = new ClientCenter
        {
            Id = await session.ReserveIdsAsync(db.Model.FindEntityType(typeof(ClientCenter))!, 1, ct),
            Name = "Bench Client Center",
            Slug = Slug,
            SettingsJson = "{}",
            CreatedAt = at,
            UpdatedAt = at,
        };
        await session.WriteAsync(tables.ClientCenters, [center], ct);

        var members = customers.Where(c => c.CanSignIn).Take(count).ToList();
        var hash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser { Email = "", NormalizedEmail = "", Name = "" }, Password);
        var firstId = await session.ReserveIdsAsync(db.Model.FindEntityType(typeof(PortalUser))!, members.Count, ct);
        var stamps = new Random(members.Count);
        var users = members.Select((c, i) => new PortalUser
        {
            Id = firstId + i,
            ClientCenterId = center.Id,
            CustomerId = c.Id,
            ContactId = c.PrimaryContactId,
            Email = EmailOf(c),
            NormalizedEmail = StaffEmails.Normalize(EmailOf(c)),
            Name = c.PrimaryContactName ?? c.Name,
            Role = PortalRole.Owner,
            PasswordHash = hash,
            SecurityStamp = Convert.ToHexStringLower(BitConverter.GetBytes(stamps.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(stamps.NextInt64())),
            CreatedAt = at,
            UpdatedAt = at,
        }).ToList();
        await session.WriteAsync(tables.PortalUsers, users, ct);
        foreach (var member in members)
        {
            await session.ExecuteAsync("""UPDATE "Customers" SET "ClientCenterId" = @center WHERE "Id" = @id""", ct, ("center", center.Id), ("id", member.Id));
        }

        return new Result(Slug, center.Id, users.Count, users[0].Email, users[^1].Email);
    }
}
