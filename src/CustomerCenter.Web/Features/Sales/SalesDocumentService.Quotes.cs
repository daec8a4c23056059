using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

public sealed partial class SalesDocumentService
{
    /// <summary>Sending gives the quote its number.</summary>
    public Task<Outcome<SalesDocument>> SendQuoteAsync(long id, CancellationToken ct) =>
        MoveQuoteAsync(id, async (quote, status, token) =>
        {
            var moved = QuoteLifecycle.Send(status);
            if (moved.IsSuccess)
            {
                quote.Number ??= await NumberSequences.NextAsync(db, NumberSequences.Quote, quote.Date, token);
            }

            return moved;
        }, ct);

    public Task<Outcome<SalesDocument>> AcceptQuoteAsync(long id, CancellationToken ct) =>
        MoveQuoteAsync(id, (quote, status, _) => Task.FromResult(QuoteLifecycle.Accept(status, quote.ValidUntil, Today)), ct);

    public Task<Outcome<SalesDocument>> DeclineQuoteAsync(long id, CancellationToken ct) =>
        MoveQuoteAsync(id, (_, status, _) => Task.FromResult(QuoteLifecycle.Decline(status)), ct);

    /// <summary>An accepted quote becomes a draft sales order with the same lines, linked back to it. Once only.</summary>
    public async Task<Outcome<SalesDocument>> ConvertQuoteAsync(long id, CancellationToken ct) =>
        await db.RunInTransactionAsync(async token =>
        {
            var quote = await LoadAsync(DocumentKind.Quote, id, token);
            if (quote is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var converted = await db.SalesDocuments.AnyAsync(d => d.SourceId == id && d.Kind == DocumentKind.SalesOrder, token);
            var allowed = QuoteLifecycle.Convert(DocumentStatuses.Parse<QuoteStatus>(quote.Status), converted);
            if (!allowed.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(allowed);
            }

            var order = CopyOf(quote, DocumentKind.SalesOrder);
            order.Date = Today;
            db.SalesDocuments.Add(order);
            await db.SaveChangesAsync(token);
            return Outcome<SalesDocument>.Ok(order);
        }, ct);

    private async Task<Outcome<SalesDocument>> MoveQuoteAsync(
        long id, Func<SalesDocument, QuoteStatus, CancellationToken, Task<CustomerCenter.Domain.DomainResult<QuoteStatus>>> move, CancellationToken ct) =>
        await db.RunInTransactionAsync(async token =>
        {
            var quote = await LoadAsync(DocumentKind.Quote, id, token);
            if (quote is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var moved = await move(quote, DocumentStatuses.Parse<QuoteStatus>(quote.Status), token);
            if (!moved.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(moved.Outcome);
            }

            quote.Status = DocumentStatuses.Of(moved.Value);
            await db.SaveChangesAsync(token);
            return Outcome<SalesDocument>.Ok(quote);
        }, ct);

    /// <summary>A new draft of another kind with the same customer, addresses and lines, linked to its source.</summary>
    private static SalesDocument CopyOf(SalesDocument source, DocumentKind kind) => new()
    {
        Kind = kind,
        Status = DocumentStatuses.Draft,
        CustomerId = source.CustomerId,
        CustomerName = source.CustomerName,
        CustomerVatNumber = source.CustomerVatNumber,
        Language = source.Language,
        Date = source.Date,
        Currency = source.Currency,
        Reference = source.Reference,
        Notes = source.Notes,
        Terms = source.Terms,
        BillingAddress = source.BillingAddress,
        ShippingAddress = source.ShippingAddress,
        SubtotalMinor = source.SubtotalMinor,
        TaxMinor = source.TaxMinor,
        TotalMinor = source.TotalMinor,
        SourceId = source.Id,
        Lines = [.. source.Lines.OrderBy(l => l.Position).Select(l => new SalesDocumentLine
        {
            Position = l.Position,
            ItemId = l.ItemId,
            Description = l.Description,
            Unit = l.Unit,
            QuantityMilli = l.QuantityMilli,
            UnitPrice = l.UnitPrice,
            DiscountPercent = l.DiscountPercent,
            TaxRate = l.TaxRate,
            NetMinor = l.NetMinor,
            TaxMinor = l.TaxMinor,
        })],
    };
}
