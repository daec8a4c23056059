using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>
/// Contacts of a customer. Exactly one live contact is primary whenever any exists: the first one
/// becomes primary, a new primary demotes the old one, and trashing the primary promotes the oldest other.
/// </summary>
public sealed class ContactService(AppDbContext db)
{
    public Task<List<ContactDto>> ListAsync(long customerId, bool trashed, CancellationToken ct) =>
        db.Contacts.AsNoTracking()
            .Where(c => c.CustomerId == customerId && (trashed ? c.TrashedAt != null : c.TrashedAt == null))
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => ContactDto.From(c))
            .ToListAsync(ct);

    public async Task<Contact?> GetAsync(long id, CancellationToken ct) =>
        await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<Outcome<Contact>> CreateAsync(long customerId, ContactInput input, CancellationToken ct)
    {
        var customerExists = await db.Customers.AnyAsync(c => c.Id == customerId && c.TrashedAt == null, ct);
        if (!customerExists)
        {
            return Outcome<Contact>.NotFound();
        }

        var errors = input.Validate();
        if (!errors.IsEmpty)
        {
            return Outcome<Contact>.Invalid(errors);
        }

        var contact = new Contact { CustomerId = customerId };
        input.ApplyTo(contact);
        var others = await LiveContactsAsync(customerId, null, ct);
        contact.IsPrimary = others.Count == 0 || input.IsPrimary == true;
        if (contact.IsPrimary)
        {
            others.ForEach(o => o.IsPrimary = false);
        }

        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return Outcome<Contact>.Ok(contact);
    }

    public async Task<Outcome<Contact>> UpdateAsync(long id, ContactInput input, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id && c.TrashedAt == null, ct);
        if (contact is null)
        {
            return Outcome<Contact>.NotFound();
        }

        if (expectedVersion is { } v && v != contact.Version)
        {
            return Outcome<Contact>.Stale();
        }

        var errors = input.Validate();
        if (!errors.IsEmpty)
        {
            return Outcome<Contact>.Invalid(errors);
        }

        input.ApplyTo(contact);
        var others = await LiveContactsAsync(contact.CustomerId, contact.Id, ct);
        if (input.IsPrimary == true && !contact.IsPrimary)
        {
            others.ForEach(o => o.IsPrimary = false);
            contact.IsPrimary = true;
        }
        else if (input.IsPrimary == false && contact.IsPrimary && others.Count > 0)
        {
            contact.IsPrimary = false;
            others.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).First().IsPrimary = true;
        }

        return await SaveAsync(contact, ct);
    }

    public async Task<Outcome<Contact>> TrashAsync(long id, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id && c.TrashedAt == null, ct);
        if (contact is null)
        {
            return Outcome<Contact>.NotFound();
        }

        if (expectedVersion is { } v && v != contact.Version)
        {
            return Outcome<Contact>.Stale();
        }

        contact.TrashedAt = db.Clock.GetUtcNow().UtcDateTime;
        if (contact.IsPrimary)
        {
            contact.IsPrimary = false;
            var next = (await LiveContactsAsync(contact.CustomerId, contact.Id, ct)).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).FirstOrDefault();
            next?.IsPrimary = true;
        }

        return await SaveAsync(contact, ct);
    }

    public async Task<Outcome<Contact>> RestoreAsync(long id, CancellationToken ct)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null)
        {
            return Outcome<Contact>.NotFound();
        }

        if (contact.TrashedAt is null)
        {
            return Outcome<Contact>.Conflict("This contact is not in the trash.");
        }

        if (!await db.Customers.AnyAsync(c => c.Id == contact.CustomerId && c.TrashedAt == null, ct))
        {
            return Outcome<Contact>.Conflict("Restore the customer first: it is in the trash.");
        }

        contact.TrashedAt = null;
        contact.IsPrimary = (await LiveContactsAsync(contact.CustomerId, contact.Id, ct)).Count == 0;
        return await SaveAsync(contact, ct);
    }

    private Task<List<Contact>> LiveContactsAsync(long customerId, long? except, CancellationToken ct) =>
        db.Contacts.Where(c => c.CustomerId == customerId && c.TrashedAt == null && c.Id != except).ToListAsync(ct);

    private async Task<Outcome<Contact>> SaveAsync(Contact contact, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Contact>.Ok(contact);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Contact>.Stale();
        }
    }
}
