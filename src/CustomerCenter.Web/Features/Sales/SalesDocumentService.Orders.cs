using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Sales;

public sealed partial class SalesDocumentService
{
    /// <summary>Confirming gives the order its number (orders submitted in the portal are confirmed here too).</summary>
    public Task<Outcome<SalesDocument>> ConfirmOrderAsync(long id, CancellationToken ct) =>
        MoveOrderAsync(id, async (order, token) =>
        {
            var moved = OrderOf(order).Confirm();
            if (moved.IsSuccess)
            {
                order.Number ??= await NumberSequences.NextAsync(db, NumberSequences.SalesOrder, order.Date, token);
            }

            return moved;
        }, ct);

    /// <summary>
    /// An order the customer placed in the Client Center: status submitted, no number until staff confirm it,
    /// and <see cref="SalesDocument.SubmittedByCustomer"/> set so the workspace can tell it from its own drafts.
    /// </summary>
    public async Task<Outcome<SalesDocument>> SubmitOrderAsync(DocumentInput input, CancellationToken ct)
    {
        var (prepared, errors) = await validator.PrepareAsync(DocumentKind.SalesOrder, input, ct);
        if (prepared is null)
        {
            return Outcome<SalesDocument>.Invalid(errors);
        }

        var order = new SalesDocument
        {
            Kind = DocumentKind.SalesOrder,
            Status = DocumentStatuses.Of(OrderStatus.Submitted),
            SubmittedByCustomer = true,
        };
        DocumentWriter.ApplyHeader(order, prepared);
        DocumentWriter.ApplyLines(order, prepared);
        db.SalesDocuments.Add(order);
        await db.SaveChangesAsync(ct);
        return Outcome<SalesDocument>.Ok(order);
    }

    public Task<Outcome<SalesDocument>> CancelOrderAsync(long id, OrderActor by, CancellationToken ct) =>
        MoveOrderAsync(id, (order, _) => Task.FromResult(OrderOf(order).Cancel(by)), ct);

    /// <summary>Records a delivery: a numbered delivery note with the delivered quantities, and the order's progress.</summary>
    public async Task<Outcome<SalesDocument>> DeliverAsync(long orderId, DeliverRequest request, CancellationToken ct) =>
        await db.RunInTransactionAsync(async token =>
        {
            var order = await LoadAsync(DocumentKind.SalesOrder, orderId, token);
            if (order is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var quantities = (request.Lines ?? []).Select(l => new LineQuantity<long>(l?.LineId ?? 0, l?.Quantity ?? 0)).ToList();
            var moved = OrderOf(order).Deliver(quantities);
            if (!moved.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(moved.Outcome);
            }

            var date = request.Date ?? Today;
            ApplyOrder(order, moved.Value);
            var note = new SalesDocument
            {
                Kind = DocumentKind.DeliveryNote,
                Status = "delivered",
                Number = await NumberSequences.NextAsync(db, NumberSequences.DeliveryNote, date, token),
                CustomerId = order.CustomerId,
                CustomerName = order.CustomerName,
                CustomerVatNumber = order.CustomerVatNumber,
                Language = order.Language,
                Date = date,
                Currency = order.Currency,
                Reference = order.Reference,
                BillingAddress = order.BillingAddress,
                ShippingAddress = order.ShippingAddress,
                SourceId = order.Id,
                PostedAt = db.Clock.GetUtcNow().UtcDateTime,
            };
            var position = 1;
            foreach (var quantity in quantities.Where(q => q.Quantity > 0))
            {
                var line = order.Lines.Single(l => l.Id == quantity.LineId);
                note.Lines.Add(new SalesDocumentLine
                {
                    Position = position++,
                    ItemId = line.ItemId,
                    Description = line.Description,
                    Unit = line.Unit,
                    QuantityMilli = Milli.From(quantity.Quantity),
                    UnitPrice = line.UnitPrice,
                    DiscountPercent = line.DiscountPercent,
                    TaxRate = line.TaxRate,
                    SourceLineId = line.Id,
                });
            }

            db.SalesDocuments.Add(note);
            await db.SaveChangesAsync(token);
            return Outcome<SalesDocument>.Ok(note);
        }, ct);

    /// <summary>
    /// A draft invoice for what is delivered and not yet invoiced (scope "delivered", the default) or for
    /// everything not yet invoiced (scope "all", e.g. prepayment), at the order's prices.
    /// </summary>
    public async Task<Outcome<SalesDocument>> InvoiceOrderAsync(long orderId, InvoiceOrderRequest request, CancellationToken ct)
    {
        var scope = request.Scope?.ToLowerInvariant() switch
        {
            null or "" or "delivered" => InvoiceScope.Delivered,
            "all" => (InvoiceScope?)InvoiceScope.All,
            _ => null,
        };
        if (scope is null)
        {
            return Outcome<SalesDocument>.Invalid("scope", "Invoice what is delivered (delivered) or everything not yet invoiced (all).");
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var order = await LoadAsync(DocumentKind.SalesOrder, orderId, token);
            if (order is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var domainOrder = OrderOf(order);
            var quantities = domainOrder.QuantitiesToInvoice(scope.Value);
            var moved = domainOrder.Invoice(quantities);
            if (!moved.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(moved.Outcome);
            }

            ApplyOrder(order, moved.Value);
            var terms = await db.Customers.Where(c => c.Id == order.CustomerId).Select(c => c.PaymentTermsDays).FirstAsync(token);
            var invoice = CopyOf(order, DocumentKind.Invoice);
            invoice.Date = request.Date ?? Today;
            invoice.DueDate = DueDate.From(invoice.Date, terms);
            invoice.Lines.Clear();
            var position = 1;
            foreach (var quantity in quantities)
            {
                var line = order.Lines.Single(l => l.Id == quantity.LineId);
                invoice.Lines.Add(new SalesDocumentLine
                {
                    Position = position++,
                    ItemId = line.ItemId,
                    Description = line.Description,
                    Unit = line.Unit,
                    QuantityMilli = Milli.From(quantity.Quantity),
                    UnitPrice = line.UnitPrice,
                    DiscountPercent = line.DiscountPercent,
                    TaxRate = line.TaxRate,
                    SourceLineId = line.Id,
                });
            }

            var totals = DocumentWriter.Recalculate(invoice);
            if (!totals.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(totals.Outcome);
            }

            db.SalesDocuments.Add(invoice);
            await db.SaveChangesAsync(token);
            return Outcome<SalesDocument>.Ok(invoice);
        }, ct);
    }

    private async Task ReleaseInvoicedAsync(long orderId, SalesDocument invoice, CancellationToken ct)
    {
        var order = await LoadAsync(DocumentKind.SalesOrder, orderId, ct);
        if (order is null)
        {
            return;
        }

        var released = OrderOf(order).ReleaseInvoiced(
            [.. invoice.Lines.Where(l => l.SourceLineId is not null).Select(l => new LineQuantity<long>(l.SourceLineId!.Value, Milli.ToDecimal(l.QuantityMilli)))]);
        ApplyOrder(order, released);
    }

    private async Task<Outcome<SalesDocument>> MoveOrderAsync(
        long id, Func<SalesDocument, CancellationToken, Task<DomainResult<SalesOrder<long>>>> move, CancellationToken ct) =>
        await db.RunInTransactionAsync(async token =>
        {
            var order = await LoadAsync(DocumentKind.SalesOrder, id, token);
            if (order is null)
            {
                return Outcome<SalesDocument>.NotFound();
            }

            var moved = await move(order, token);
            if (!moved.IsSuccess)
            {
                return DocumentOutcomes.From<SalesDocument>(moved.Outcome);
            }

            ApplyOrder(order, moved.Value);
            await db.SaveChangesAsync(token);
            return Outcome<SalesDocument>.Ok(order);
        }, ct);

    internal static SalesOrder<long> OrderOf(SalesDocument order) => new(
        DocumentStatuses.Parse<OrderStatus>(order.Status),
        [.. order.Lines.OrderBy(l => l.Position).Select(l => new OrderLine<long>(
            l.Id, Milli.ToDecimal(l.QuantityMilli), Milli.ToDecimal(l.DeliveredMilli), Milli.ToDecimal(l.InvoicedMilli)))]);

    private static void ApplyOrder(SalesDocument order, SalesOrder<long> moved)
    {
        order.Status = DocumentStatuses.Of(moved.Status);
        foreach (var line in moved.Lines)
        {
            var stored = order.Lines.Single(l => l.Id == line.Id);
            stored.DeliveredMilli = Milli.From(line.Delivered);
            stored.InvoicedMilli = Milli.From(line.Invoiced);
        }
    }
}
