using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Creating, changing, trashing and restoring customers; the one place those rules live.</summary>
public sealed class CustomerService(AppDbContext db, CustomerQueries queries)
{
    public async Task<Outcome<Customer>> CreateAsync(CustomerInput input, CancellationToken ct)
    {
        var fields = await queries.FieldsAsync(ct);
        var errors = await CustomerValidator.ValidateAsync(db, input, null, fields, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<Customer>.Invalid(errors);
        }

        var customer = new Customer();
        Apply(customer, input, fields);
        return await SaveNewAsync(customer, assignNumber: string.IsNullOrWhiteSpace(input.Number), ct);
    }

    public async Task<Outcome<Customer>> UpdateAsync(long id, CustomerInput input, long? expectedVersion, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.TrashedAt == null, ct);
        if (customer is null)
        {
            return Outcome<Customer>.NotFound();
        }

        if (expectedVersion is { } v && v != customer.Version)
        {
            return Outcome<Customer>.Stale();
        }

        var fields = await queries.FieldsAsync(ct);
        var errors = await CustomerValidator.ValidateAsync(db, input, id, fields, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<Customer>.Invalid(errors);
        }

        var keepNumber = customer.Number;
        Apply(customer, input, fields);
        customer.Number = TextRules.Clean(input.Number) ?? keepNumber;
        return await SaveExistingAsync(customer, ct);
    }

    public async Task<Outcome<Customer>> TrashAsync(long id, long? expectedVersion, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.TrashedAt == null, ct);
        if (customer is null)
        {
            return Outcome<Customer>.NotFound();
        }

        if (expectedVersion is { } v && v != customer.Version)
        {
            return Outcome<Customer>.Stale();
        }

        customer.TrashedAt = db.Clock.GetUtcNow().UtcDateTime;
        return await SaveExistingAsync(customer, ct);
    }

    public async Task<Outcome<Customer>> RestoreAsync(long id, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return Outcome<Customer>.NotFound();
        }

        if (customer.TrashedAt is null)
        {
            return Outcome<Customer>.Conflict("This customer is not in the trash.");
        }

        customer.TrashedAt = null;
        return await SaveExistingAsync(customer, ct);
    }

    public const int MaxBatch = 500;

    /// <summary>Trashes all or nothing: one unknown id and no customer moves.</summary>
    public async Task<Outcome<int>> TrashManyAsync(IReadOnlyCollection<long>? ids, CancellationToken ct)
    {
        if (ids is null || ids.Count == 0)
        {
            return Outcome<int>.Invalid("ids", "Choose at least one customer.");
        }

        if (ids.Count > MaxBatch)
        {
            return Outcome<int>.Invalid("ids", $"Trash at most {MaxBatch} customers at once.");
        }

        var distinct = ids.Distinct().ToList();
        var customers = await db.Customers.Where(c => distinct.Contains(c.Id) && c.TrashedAt == null).ToListAsync(ct);
        var missing = distinct.Except(customers.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            return Outcome<int>.Invalid("ids", $"These customers don't exist or are already in the trash: {string.Join(", ", missing.Take(20))}.");
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        customers.ForEach(c => c.TrashedAt = now);
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(customers.Count);
    }

    private static void Apply(Customer customer, CustomerInput input, IReadOnlyList<CustomFieldDefinition> fields)
    {
        customer.Kind = input.Kind ?? CustomerKind.Company;
        customer.Name = input.Name!.Trim();
        customer.Email = TextRules.Clean(input.Email);
        customer.Phone = TextRules.Clean(input.Phone);
        customer.Website = TextRules.Clean(input.Website);
        customer.VatNumber = TextRules.Clean(input.VatNumber)?.ToUpperInvariant();
        customer.RegistrationNumber = TextRules.Clean(input.RegistrationNumber);
        customer.Ean = TextRules.Clean(input.Ean);
        customer.Currency = TextRules.Clean(input.Currency)?.ToUpperInvariant() ?? "EUR";
        customer.PaymentTermsDays = input.PaymentTermsDays ?? 30;
        customer.Language = TextRules.Clean(input.Language)?.ToLowerInvariant() ?? "en";
        customer.CreditLimitMinor = input.CreditLimit is { } limit && Money.TryFromDecimal(limit, customer.Currency, out var money)
            ? money.Minor
            : null;
        customer.BillingAddress = input.BillingAddress?.ToAddress() ?? new Address();
        customer.ShippingAddresses = (input.ShippingAddresses ?? []).Select(a => a.ToAddress()).Where(a => !a.IsEmpty).ToList();
        customer.Notes = TextRules.Clean(input.Notes);
        customer.IsActive = input.IsActive ?? true;
        customer.ParentId = customer.Kind == CustomerKind.Individual ? input.ParentId : null;
        customer.CustomFields = CustomFieldValues.ToStored(input.CustomFields, fields);
        customer.ClientCenterId = input.ClientCenterId;
        customer.Number = TextRules.Clean(input.Number) ?? customer.Number;
    }

    private async Task<Outcome<Customer>> SaveNewAsync(Customer customer, bool assignNumber, CancellationToken ct)
    {
        try
        {
            await db.RunInTransactionAsync(async token =>
            {
                if (assignNumber)
                {
                    customer.Number = await NextFreeNumberAsync(token);
                }

                if (db.Entry(customer).State == EntityState.Detached)
                {
                    db.Customers.Add(customer);
                }

                return await db.SaveChangesAsync(token);
            }, ct);
        }
        catch (DbUpdateException) when (!assignNumber)
        {
            // Two requests raced for the same hand-typed number: the unique index decided.
            db.ChangeTracker.Clear();
            return Outcome<Customer>.Invalid("number", $"The number {customer.Number} is already used by another customer.");
        }

        return Outcome<Customer>.Ok(customer);
    }

    private async Task<string> NextFreeNumberAsync(CancellationToken ct)
    {
        // Skips numbers someone typed by hand, so the sequence never collides with them.
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        while (true)
        {
            var number = await NumberSequences.NextAsync(db, NumberSequences.Customer, today, ct);
            if (!await db.Customers.AnyAsync(c => c.Number == number, ct))
            {
                return number;
            }
        }
    }

    private async Task<Outcome<Customer>> SaveExistingAsync(Customer customer, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Customer>.Ok(customer);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Customer>.Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome<Customer>.Invalid("number", $"The number {customer.Number} is already used by another customer.");
        }
    }
}
