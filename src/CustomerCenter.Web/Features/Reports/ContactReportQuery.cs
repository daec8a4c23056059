using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>The contacts of customers not in the trash (contacts in the trash left out too).</summary>
public sealed class ContactReportQuery(AppDbContext db)
{
    public async Task<ContactReport> RunAsync(ContactReportFilter filter, CancellationToken ct)
    {
        var contacts = Contacts(filter);
        var total = await contacts.CountAsync(ct);
        var page = await Sorted(contacts, filter.List).Skip(filter.List.Skip).Take(filter.List.PageSize).ToListAsync(ct);
        return new ContactReport(filter, [.. page.Select(r => r.ToRow())], total);
    }

    public async Task<IReadOnlyList<ContactReportRow>> AllRowsAsync(ContactReportFilter filter, CancellationToken ct) =>
        [.. (await Sorted(Contacts(filter), filter.List).ToListAsync(ct)).Select(r => r.ToRow())];

    private IQueryable<Record> Contacts(ContactReportFilter filter)
    {
        var contacts = db.Contacts.AsNoTracking().Where(c => c.TrashedAt == null && c.Customer!.TrashedAt == null);
        if (filter.CustomerId is { } customerId)
        {
            contacts = contacts.Where(c => c.CustomerId == customerId);
        }

        if (filter.PrimaryOnly)
        {
            contacts = contacts.Where(c => c.IsPrimary);
        }

        if (filter.OptInOnly)
        {
            contacts = contacts.Where(c => c.OptIn);
        }

        if (CustomerSearch.Matching(db, filter.List.Search) is { } matching)
        {
            contacts = contacts.Where(c => matching.Contains(c.CustomerId));
        }

        return contacts.Select(c => new Record
        {
            ContactId = c.Id,
            CustomerId = c.CustomerId,
            CustomerName = c.Customer!.Name,
            CustomerNumber = c.Customer.Number,
            CustomerSort = c.Customer.NameNormalized,
            Name = c.Name,
            Title = c.Title,
            Email = c.Email,
            Phone = c.Phone,
            IsPrimary = c.IsPrimary,
            OptIn = c.OptIn,
        });
    }

    private static IQueryable<Record> Sorted(IQueryable<Record> rows, ListQuery list) => (list.Sort, list.Descending) switch
    {
        ("name", false) => rows.OrderBy(r => r.Name).ThenBy(r => r.ContactId),
        ("name", true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.ContactId),
        ("email", false) => rows.OrderBy(r => r.Email).ThenBy(r => r.ContactId),
        ("email", true) => rows.OrderByDescending(r => r.Email).ThenBy(r => r.ContactId),
        (_, false) => rows.OrderBy(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenByDescending(r => r.IsPrimary).ThenBy(r => r.Name).ThenBy(r => r.ContactId),
        _ => rows.OrderByDescending(r => r.CustomerSort).ThenBy(r => r.CustomerId).ThenByDescending(r => r.IsPrimary).ThenBy(r => r.Name).ThenBy(r => r.ContactId),
    };

    /// <summary>The projection EF sorts and pages (init members translate; a constructor call does not).</summary>
    private sealed class Record
    {
        public long ContactId { get; init; }

        public long CustomerId { get; init; }

        public string CustomerName { get; init; } = "";

        public string CustomerNumber { get; init; } = "";

        public string CustomerSort { get; init; } = "";

        public string Name { get; init; } = "";

        public string? Title { get; init; }

        public string? Email { get; init; }

        public string? Phone { get; init; }

        public bool IsPrimary { get; init; }

        public bool OptIn { get; init; }

        public ContactReportRow ToRow() => new(ContactId, CustomerId, CustomerName, CustomerNumber, Name, Title, Email, Phone, IsPrimary, OptIn);
    }
}
