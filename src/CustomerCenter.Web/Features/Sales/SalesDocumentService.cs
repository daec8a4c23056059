using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// Every change to a sales document: drafts (create, edit, delete) here; the life-cycle moves in the
/// other parts of this class. Each change runs in one transaction; numbers are taken inside it.
/// </summary>
public sealed partial class SalesDocumentService(AppDbContext db, DocumentValidator validator)
{
    private DateOnly Today => DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<SalesDocument>> CreateAsync(DocumentKind kind, DocumentInput input, CancellationToken ct)
    {
        if (kind == DocumentKind.DeliveryNote)
        {
            return Outcome<SalesDocument>.Conflict("A delivery note is made from a confirmed sales order (deliver).");
        }

        var (prepared, errors) = await validator.PrepareAsync(kind, input, ct);
        if (prepared is null)
        {
            return Outcome<SalesDocument>.Invalid(errors);
        }

        var document = new SalesDocument { Kind = kind, Status = DocumentStatuses.Draft, SourceId = prepared.Invoice?.Id };
        DocumentWriter.ApplyHeader(document, prepared);
        DocumentWriter.ApplyLines(document, prepared);
        db.SalesDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return Outcome<SalesDocument>.Ok(document);
    }

    public async Task<Outcome<SalesDocument>> UpdateAsync(DocumentKind kind, long id, DocumentInput input, long? expectedVersion, CancellationToken ct)
    {
        var document = await LoadAsync(kind, id, ct);
        if (document is null)
        {
            return Outcome<SalesDocument>.NotFound();
        }

        if (expectedVersion is { } v && v != document.Version)
        {
            return Outcome<SalesDocument>.Stale();
        }

        var editable = EnsureEditable(document);
        if (!editable.IsSuccess)
        {
            return DocumentOutcomes.From<SalesDocument>(editable);
        }

        var fromOrder = document.Kind == DocumentKind.Invoice && document.SourceId is not null && document.Lines.Any(l => l.SourceLineId is not null);
        if (fromOrder && input.Lines is not null)
        {
            return Outcome<SalesDocument>.Invalid("lines",
                "The lines of an invoice made from a sales order come from the order: delete this draft and invoice the order again to change them.");
        }

        if (fromOrder)
        {
            input.Lines = [.. document.Lines.OrderBy(l => l.Position).Select(ToInput)];
        }

        input.CustomerId ??= document.CustomerId;
        if (input.CustomerId != document.CustomerId && document.SourceId is not null)
        {
            return Outcome<SalesDocument>.Invalid("customerId", "A document made from another one keeps its customer.");
        }

        if (document.Kind == DocumentKind.CreditNote)
        {
            input.InvoiceId ??= document.SourceId;
        }

        var (prepared, errors) = await validator.PrepareAsync(document.Kind, input, ct);
        if (prepared is null)
        {
            return Outcome<SalesDocument>.Invalid(errors);
        }

        DocumentWriter.ApplyHeader(document, prepared);
        if (!fromOrder)
        {
            DocumentWriter.ApplyLines(document, prepared);
            // Lines are rows of their own: touch the document, so an edit of its lines alone still bumps its
            // version (a stale editor or ETag is refused) and shows in its history.
            document.UpdatedAt = db.Clock.GetUtcNow().UtcDateTime;
        }

        if (document.Kind == DocumentKind.CreditNote)
        {
            document.SourceId = prepared.Invoice?.Id;
        }

        return await SaveAsync(document, ct);
    }

    public async Task<Outcome<SalesDocument>> DeleteAsync(DocumentKind kind, long id, long? expectedVersion, CancellationToken ct)
    {
        return await db.RunInTransactionAsync(async token =>
        {
            var document = await LoadAsync(kind, id, token);
            if (document is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            if (expectedVersion is { } v && v != document.Version)
            {
                return Outcome<SalesDocument>.Stale();
            }

            var deletable = document.Kind == DocumentKind.SalesOrder
                ? OrderOf(document).EnsureDeletable()
                : EnsureEditable(document);
            if (!deletable.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(deletable);
            }

            if (document.Kind == DocumentKind.Invoice && document.SourceId is { } orderId)
            {
                await ReleaseInvoicedAsync(orderId, document, token);
            }

            db.SalesDocuments.Remove(document);
            await db.SaveChangesAsync(token);
            return Outcome<SalesDocument>.Ok(document);
        }, ct);
    }

    public Task<SalesDocument?> LoadAsync(DocumentKind kind, long id, CancellationToken ct) =>
        db.SalesDocuments.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id && d.Kind == kind, ct);

    private static CustomerCenter.Domain.DomainResult EnsureEditable(SalesDocument document) => document.Kind switch
    {
        DocumentKind.Quote => QuoteLifecycle.EnsureEditable(DocumentStatuses.Parse<QuoteStatus>(document.Status)),
        DocumentKind.SalesOrder => OrderOf(document).EnsureEditable(),
        DocumentKind.Invoice => InvoiceLifecycle.EnsureEditable(DocumentStatuses.Parse<InvoiceStatus>(document.Status)),
        DocumentKind.CreditNote => CreditNoteLifecycle.EnsureEditable(DocumentStatuses.Parse<CreditNoteStatus>(document.Status)),
        _ => CustomerCenter.Domain.DomainResult.Conflict("A delivery note can't be changed: it records what was shipped."),
    };

    private static DocumentLineInput ToInput(SalesDocumentLine line) => new()
    {
        ItemId = line.ItemId,
        Description = line.Description,
        Quantity = Milli.ToDecimal(line.QuantityMilli),
        Unit = line.Unit,
        UnitPrice = line.UnitPrice,
        DiscountPercent = line.DiscountPercent,
        TaxRate = line.TaxRate,
    };

    private async Task<Outcome<SalesDocument>> SaveAsync(SalesDocument document, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<SalesDocument>.Ok(document);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<SalesDocument>.Stale();
        }
    }
}
