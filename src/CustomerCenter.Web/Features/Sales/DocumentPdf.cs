using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Pdf;
using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>Turns a stored document into its PDF: seller from the company settings, everything else from the document.</summary>
public sealed class DocumentPdf(AppDbContext db)
{
    public async Task<(byte[] Content, string FileName)?> RenderAsync(DocumentKind kind, long id, long? customerScope, CancellationToken ct)
    {
        var document = await db.SalesDocuments.AsNoTracking().Include(d => d.Lines)
            .FirstOrDefaultAsync(d => d.Id == id && d.Kind == kind && (customerScope == null || d.CustomerId == customerScope), ct);
        if (document is null)
        {
            return null;
        }

        var seller = CompanyProfile.ToSeller(await CompanyProfile.LoadAsync(db, ct));
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == document.CustomerId)
            .Select(c => new { c.Number, c.PaymentTermsDays }).FirstAsync(ct);
        var source = document.SourceId is { } sourceId
            ? await db.SalesDocuments.AsNoTracking().Where(d => d.Id == sourceId).Select(d => new { d.Kind, d.Number }).FirstOrDefaultAsync(ct)
            : null;
        var lines = document.Lines.OrderBy(l => l.Position).ToList();
        var paid = document.Kind == DocumentKind.Invoice && document.Status != DocumentStatuses.Draft ? document.TotalMinor - document.OpenMinor : 0;
        var model = new BusinessDocumentPdf(
            Enum.Parse<BusinessDocumentKind>(document.Kind.ToString()),
            document.Language,
            document.Number,
            new BusinessDocumentDates(document.Date)
            {
                DueDate = document.DueDate,
                ValidUntil = document.ValidUntil,
                DeliveryDate = document.Kind == DocumentKind.DeliveryNote ? document.Date : null,
            },
            seller,
            new PdfCustomer(document.CustomerName, [.. document.BillingAddress.Lines()]) { Number = customer.Number, VatNumber = document.CustomerVatNumber },
            document.Currency,
            [.. lines.Select(l => new BusinessDocumentLine(l.Description, Milli.ToDecimal(l.QuantityMilli), l.Unit, l.UnitPrice, l.DiscountPercent, l.TaxRate, l.NetMinor))],
            [.. lines.GroupBy(l => l.TaxRate).OrderBy(g => g.Key).Select(g => new BusinessDocumentTaxLine(g.Key, g.Sum(l => l.NetMinor), g.Sum(l => l.TaxMinor)))],
            new BusinessDocumentTotals(document.SubtotalMinor, document.TaxMinor, document.TotalMinor, paid, document.TotalMinor - paid))
        {
            ShippingAddressLines = document.ShippingAddress == document.BillingAddress ? [] : [.. document.ShippingAddress.Lines()],
            Reference = document.Reference,
            PaymentTerms = document.Kind == DocumentKind.Invoice ? PaymentTermsText(customer.PaymentTermsDays) : null,
            Notes = document.Notes,
            Terms = document.Terms,
            Links = source is null ? [] : [$"{DocumentPaths.Singular(source.Kind)} {source.Number ?? "(draft)"}"],
        };
        var fileName = $"{DocumentPaths.Singular(kind).Replace(' ', '-').ToLowerInvariant()}-{document.Number ?? $"draft-{document.Id}"}.pdf";
        return (BusinessDocumentRenderer.Render(model), fileName);
    }

    private static string PaymentTermsText(int days) => days == 0 ? "Due on receipt" : $"Net {days} days";
}
