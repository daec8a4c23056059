using CustomerCenter.Domain;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>Credit a refund can pay back: a payment's unapplied remainder or a credit note's open amount.</summary>
public sealed record CreditSource(string Key, string Kind, string Number, DateOnly Date, Money Left, long? PaymentId, long? CreditNoteId)
{
    public string Url => PaymentId is { } id ? $"/payments/{id}" : DocumentPaths.PageUrl(DocumentKind.CreditNote, CreditNoteId!.Value);

    public static string KeyOf(long? paymentId, long? creditNoteId) =>
        paymentId is { } p ? $"payment-{p}" : creditNoteId is { } n ? $"creditNote-{n}" : "";
}

public sealed class CreditSources(AppDbContext db)
{
    public async Task<List<CreditSource>> ForCustomerAsync(long customerId, CancellationToken ct)
    {
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.CustomerId == customerId && p.Status == PaymentStatus.Posted && p.UnappliedMinor > 0)
            .OrderBy(p => p.Date).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Number, p.Date, p.UnappliedMinor, p.Currency })
            .Take(100).ToListAsync(ct);
        var notes = await db.SalesDocuments.AsNoTracking()
            .Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.CreditNote && d.Status == "posted" && d.OpenMinor > 0)
            .OrderBy(d => d.Date).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Number, d.Date, d.OpenMinor, d.Currency })
            .Take(100).ToListAsync(ct);
        return
        [
            .. payments.Select(p => new CreditSource(CreditSource.KeyOf(p.Id, null), "Payment", p.Number, p.Date, new Money(p.UnappliedMinor, p.Currency), p.Id, null)),
            .. notes.Select(n => new CreditSource(CreditSource.KeyOf(null, n.Id), "Credit note", n.Number ?? "", n.Date, new Money(n.OpenMinor, n.Currency), null, n.Id)),
        ];
    }
}
