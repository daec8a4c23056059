using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Bench.Generation;

/// <summary>
/// Reads generated rows back through the app's own context: they must materialise, carry exactly one
/// primary contact, the derived columns the app would compute, and a number sequence past them.
/// </summary>
internal static class GeneratedDataCheck
{
    public static async Task RunAsync(BenchDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var problems = new List<string>();
        var withoutOnePrimary = await db.Customers.CountAsync(c => c.Contacts.Count(x => x.IsPrimary) != 1, ct);
        if (withoutOnePrimary > 0)
        {
            problems.Add($"{withoutOnePrimary} customers don't have exactly one primary contact");
        }

        var ids = await db.Customers.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var sample = Enumerable.Range(0, 50).Select(i => ids[(int)((long)i * (ids.Count - 1) / 49)]).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Include(c => c.SearchTerms).Include(c => c.Contacts)
            .Where(c => sample.Contains(c.Id)).AsSplitQuery().ToListAsync(ct);
        foreach (var customer in customers)
        {
            var expected = CustomerDerivedFields.TermsOf(customer);
            if (!expected.SetEquals(customer.SearchTerms.Select(t => t.Term)))
            {
                problems.Add($"customer {customer.Id}: search terms differ from CustomerDerivedFields.TermsOf");
            }

            if (customer.NameNormalized != SearchText.Normalize(customer.Name))
            {
                problems.Add($"customer {customer.Id}: NameNormalized differs from SearchText.Normalize(Name)");
            }
        }

        var format = await NumberSequences.FormatOfAsync(db, NumberSequences.Customer, ct);
        var counterKey = CustomerNumbers.CounterKey(format);
        var counter = await db.NumberSequences.AsNoTracking().SingleAsync(s => s.Key == counterKey, ct);
        var nextNumber = CustomerNumbers.NumberFor(format, counter.NextValue);
        if (await db.Customers.AnyAsync(c => c.Number == nextNumber, ct))
        {
            problems.Add($"the next customer number {nextNumber} is already taken");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Generated data check failed: " + string.Join("; ", problems));
        }

        Console.WriteLine($"Checked: {ids.Count:N0} customers, each with one primary contact; {customers.Count} read back through the app's model "
            + $"with the app's derived fields; next number {nextNumber}.");
    }
}
