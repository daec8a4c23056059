using CustomerCenter.Bench.Cli;
using CustomerCenter.Bench.Data;
using GeneratedPortal = CustomerCenter.Bench.Generation.Documents.PortalLogins;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Sales;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// The rows the scenarios are about, found in the database at start so the same run works on the demo data
/// and on generated data; each can be fixed by a flag.
/// </summary>
/// <param name="BigCustomer">The customer with the most documents (<c>--customer</c>): statement, hub, timeline.</param>
/// <param name="BigCustomerDocuments">How many sales documents it has.</param>
/// <param name="PayingCustomer">Another customer with the most open invoices (<c>--payment-customer</c>): payments are allocated to them, invoices posted for them.</param>
/// <param name="PayingCurrency">The currency of its open invoices.</param>
/// <param name="OpenInvoices">Two of its open invoices with the most left to pay.</param>
/// <param name="TaxPercent">An active tax rate, for the drafts that are posted.</param>
/// <param name="Invoices">Invoices in the database (any status).</param>
/// <param name="Ledger">Ledger entries in the database.</param>
/// <param name="PortalSlug">The Client Center with the most portal users (<c>--portal-center</c>).</param>
/// <param name="PortalLogins">Its users with the password to sign in with.</param>
/// <param name="PortalCustomer">The first login's customer.</param>
/// <param name="PortalInvoice">That customer's newest posted invoice (the PDF).</param>
internal sealed record Subjects(
    long BigCustomer, int BigCustomerDocuments, long PayingCustomer, string PayingCurrency, IReadOnlyList<long> OpenInvoices,
    decimal TaxPercent, int Invoices, int Ledger, string? PortalSlug, IReadOnlyList<(string Email, string Password)> PortalLogins,
    long? PortalCustomer, long? PortalInvoice)
{
    /// <summary>The bench's own password for portal users when none is given; set only on the users it signs in as.</summary>
    public const string BenchPortalPassword = "bench portal password, only for the benchmark database";

    public sealed record Options(long? Customer, long? PaymentCustomer, string? PortalCenter, string? PortalEmail, string? PortalPassword, int PortalUsers)
    {
        public static Options From(Arguments args) => new(
            args.Text("customer") is null ? null : args.Int("customer", 0),
            args.Text("payment-customer") is null ? null : args.Int("payment-customer", 0),
            args.Text("portal-center"),
            args.Text("portal-email") ?? Environment.GetEnvironmentVariable("BENCH_PORTAL_EMAIL"),
            args.Text("portal-password") ?? Environment.GetEnvironmentVariable("BENCH_PORTAL_PASSWORD"),
            args.Int("clients", 32));
    }

    /// <summary>The subjects, or null when the database has no sales documents or no open invoices to pay (customers only).</summary>
    public static async Task<Subjects?> FindAsync(BenchDatabase database, Options options, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var documents = db.SalesDocuments.AsNoTracking();
        // The bench's own invoices (reference "bench", posted by earlier runs) do not make a customer big.
        var big = options.Customer is { } fixedCustomer
            ? new { CustomerId = fixedCustomer, Count = await documents.CountAsync(d => d.CustomerId == fixedCustomer, ct) }
            : await documents.Where(d => d.Reference == null || d.Reference != BenchWrites.Reference)
                .GroupBy(d => d.CustomerId).Select(g => new { CustomerId = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).ThenBy(g => g.CustomerId).FirstOrDefaultAsync(ct);
        if (big is null)
        {
            return null;
        }

        var open = documents.Where(d => d.Kind == DocumentKind.Invoice && (d.Status == "posted" || d.Status == "partlyPaid") && d.OpenMinor > 100);
        var paying = options.PaymentCustomer ?? await open.Where(d => d.CustomerId != big.CustomerId).GroupBy(d => d.CustomerId).Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (long?)g.Key).FirstOrDefaultAsync(ct);
        if (paying is null)
        {
            return null;
        }
        var invoices = await open.Where(d => d.CustomerId == paying).OrderByDescending(d => d.OpenMinor).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Currency }).Take(2).ToListAsync(ct);
        if (invoices.Count == 0)
        {
            return null;
        }

        // A document line needs a tax rate set up by an Admin; generated data has none, so the bench adds one (as it adds its staff user).
        if (!await db.TaxRates.AnyAsync(t => t.IsActive, ct))
        {
            db.TaxRates.Add(new TaxRate { Name = "Bench standard rate", Percent = 20 });
            await db.SaveChangesAsync(ct);
        }

        var tax = await db.TaxRates.AsNoTracking().Where(t => t.IsActive).OrderByDescending(t => t.Percent).Select(t => t.Percent).FirstAsync(ct);
        var invoiceCount = await documents.CountAsync(d => d.Kind == DocumentKind.Invoice, ct);
        var ledgerCount = await db.LedgerEntries.CountAsync(ct);

        var (slug, logins) = await PortalLoginsAsync(db, options, ct);
        long? portalCustomer = null, portalInvoice = null;
        if (logins.Count > 0)
        {
            var email = StaffEmails.Normalize(logins[0].Email);
            portalCustomer = await db.PortalUsers.Where(u => u.NormalizedEmail == email && db.ClientCenters.Any(c => c.Id == u.ClientCenterId && c.Slug == slug))
                .Select(u => u.CustomerId).FirstAsync(ct);
            portalInvoice = await documents.Where(d => d.CustomerId == portalCustomer && d.Kind == DocumentKind.Invoice && d.Status != DocumentStatuses.Draft)
                .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        }

        return new Subjects(big.CustomerId, big.Count, paying.Value, invoices[0].Currency, [.. invoices.Select(i => i.Id)], tax, invoiceCount, ledgerCount,
            slug, logins, portalCustomer, portalInvoice);
    }

    /// <summary>
    /// Portal users of one center whose customer may sign in. With a password given (or the generator's center, whose shared one is known),
    /// up to <c>--clients</c> of them sign in with it, or only <c>--portal-email</c>; without, the bench gives that
    /// many users its own password first, as <see cref="BenchCredentials"/> does for staff.
    /// </summary>
    private static async Task<(string? Slug, List<(string Email, string Password)> Logins)> PortalLoginsAsync(
        Web.Data.AppDbContext db, Options options, CancellationToken ct)
    {
        var candidates = db.PortalUsers.Where(u => u.IsActive
            && db.Customers.Any(c => c.Id == u.CustomerId && c.IsActive && c.TrashedAt == null && c.ClientCenterId == u.ClientCenterId)
            && db.ClientCenters.Any(c => c.Id == u.ClientCenterId && c.IsActive));
        var slug = options.PortalCenter ?? await db.ClientCenters.Where(c => candidates.Any(u => u.ClientCenterId == c.Id))
            .OrderByDescending(c => candidates.Count(u => u.ClientCenterId == c.Id)).ThenBy(c => c.Id).Select(c => c.Slug).FirstOrDefaultAsync(ct);
        if (slug is null)
        {
            return (null, []);
        }

        var inCenter = candidates.Where(u => db.ClientCenters.Any(c => c.Id == u.ClientCenterId && c.Slug == slug));
        if (options.PortalEmail is { } email)
        {
            var normalized = StaffEmails.Normalize(email);
            inCenter = inCenter.Where(u => u.NormalizedEmail == normalized);
        }

        var users = await inCenter.OrderBy(u => u.Id).Take(Math.Max(1, options.PortalUsers)).ToListAsync(ct);
        // The generator's center (/cc/bench) has one known password for all its users.
        var given = options.PortalPassword ?? (slug == GeneratedPortal.Slug ? GeneratedPortal.Password : null);
        var password = given ?? BenchPortalPassword;
        if (given is null)
        {
            var hasher = new PasswordHasher<PortalUser>();
            foreach (var user in users.Where(u => u.PasswordHash is null || hasher.VerifyHashedPassword(u, u.PasswordHash, password) == PasswordVerificationResult.Failed))
            {
                user.PasswordHash = hasher.HashPassword(user, password);
            }
        }

        foreach (var user in users)
        {
            user.LockoutEndsAt = null;
            user.FailedSignInCount = 0;
        }

        await db.SaveChangesAsync(ct);
        return (slug, [.. users.Select(u => (u.Email, password))]);
    }
}
