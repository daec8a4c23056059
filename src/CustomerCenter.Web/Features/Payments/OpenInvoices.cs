using CustomerCenter.Domain;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>An invoice a payment or credit can still be applied to.</summary>
public sealed record OpenInvoiceRow(long Id, string Number, DateOnly Date, DateOnly? DueDate, Money Open)
{
    public int DaysOverdue(DateOnly today) => DueDate is { } due && today > due ? today.DayNumber - due.DayNumber : 0;
}

/// <summary>The open invoices the payment pages offer, oldest debt first, and the suggestion that pays them in that order.</summary>
public sealed class OpenInvoices(AppDbContext db)
{
    /// <summary>As many as a payment can be applied to at once (see <see cref="PaymentValidator"/>).</summary>
    public const int Max = 200;

    public async Task<List<OpenInvoiceRow>> ForCustomerAsync(long customerId, string currency, CancellationToken ct)
    {
        var rows = await db.SalesDocuments.AsNoTracking()
            .Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.Invoice && (d.Status == "posted" || d.Status == "partlyPaid")
                && d.OpenMinor > 0 && d.Currency == currency)
            .OrderBy(d => d.DueDate).ThenBy(d => d.Date).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Number, d.Date, d.DueDate, d.OpenMinor })
            .Take(Max)
            .ToListAsync(ct);
        return [.. rows.Select(r => new OpenInvoiceRow(r.Id, r.Number ?? "", r.Date, r.DueDate, new Money(r.OpenMinor, currency)))];
    }

    public static AllocationPlan<long> SuggestOldestFirst(Money available, IEnumerable<OpenInvoiceRow> invoices) =>
        PaymentAllocation.SuggestOldestFirst(available, invoices.Select(i => new OpenInvoice<long>(i.Id, i.Open, i.DueDate ?? i.Date, i.Date)));
}
