using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// The moves a document allows in its current state, asked of the domain's life cycles, so a page offers
/// exactly what the service would accept (the service still decides: the state can change meanwhile).
/// </summary>
public sealed record DocumentActions
{
    public bool Edit { get; init; }

    public bool Delete { get; init; }

    public bool Send { get; init; }

    public bool Accept { get; init; }

    public bool Decline { get; init; }

    public bool Convert { get; init; }

    public bool Confirm { get; init; }

    public bool Cancel { get; init; }

    public bool Deliver { get; init; }

    public bool InvoiceDelivered { get; init; }

    /// <summary>Only when it bills more than <see cref="InvoiceDelivered"/> would (something is not delivered yet).</summary>
    public bool InvoiceAll { get; init; }

    public bool Post { get; init; }

    /// <summary>A posted invoice with something still open can get a credit note.</summary>
    public bool Credit { get; init; }

    public static DocumentActions For(DocumentDto document, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        var total = Money.RoundFromDecimal(document.Total, document.Currency);
        switch (document.Kind)
        {
            case DocumentKind.Quote:
                var quote = DocumentStatuses.Parse<QuoteStatus>(document.Status);
                var editable = QuoteLifecycle.EnsureEditable(quote).IsSuccess;
                return new DocumentActions
                {
                    Edit = editable,
                    Delete = editable,
                    Send = QuoteLifecycle.Send(quote).IsSuccess,
                    Accept = QuoteLifecycle.Accept(quote, document.ValidUntil, today).IsSuccess,
                    Decline = QuoteLifecycle.Decline(quote).IsSuccess,
                    Convert = QuoteLifecycle.Convert(quote, document.Successors.Any(s => s.Kind == DocumentKind.SalesOrder)).IsSuccess,
                };
            case DocumentKind.SalesOrder:
                return ForOrder(OrderOf(document));
            case DocumentKind.Invoice:
                var invoice = DocumentStatuses.Parse<InvoiceStatus>(document.Status);
                var draftInvoice = InvoiceLifecycle.EnsureEditable(invoice).IsSuccess;
                return new DocumentActions
                {
                    Edit = draftInvoice,
                    Delete = draftInvoice,
                    Post = InvoiceLifecycle.Post(invoice, document.Lines.Count, total).IsSuccess,
                    Credit = !draftInvoice && document.AmountDue > 0,
                };
            case DocumentKind.CreditNote:
                var note = DocumentStatuses.Parse<CreditNoteStatus>(document.Status);
                var draftNote = CreditNoteLifecycle.EnsureEditable(note).IsSuccess;
                return new DocumentActions
                {
                    Edit = draftNote,
                    Delete = draftNote,
                    Post = CreditNoteLifecycle.Post(note, document.Lines.Count, total).IsSuccess,
                };
            default:
                return new DocumentActions();
        }
    }

    private static DocumentActions ForOrder(SalesOrder<long> order)
    {
        var delivered = order.QuantitiesToInvoice(InvoiceScope.Delivered);
        var all = order.QuantitiesToInvoice(InvoiceScope.All);
        return new DocumentActions
        {
            Edit = order.EnsureEditable().IsSuccess,
            Delete = order.EnsureDeletable().IsSuccess,
            Confirm = order.Confirm().IsSuccess,
            Cancel = order.Cancel(OrderActor.Staff).IsSuccess,
            Deliver = order.Deliver([.. order.Lines.Select(l => new LineQuantity<long>(l.Id, l.OpenToDeliver))]).IsSuccess,
            InvoiceDelivered = order.Invoice(delivered).IsSuccess,
            InvoiceAll = !all.SequenceEqual(delivered) && order.Invoice(all).IsSuccess,
        };
    }

    private static SalesOrder<long> OrderOf(DocumentDto order) => new(
        DocumentStatuses.Parse<OrderStatus>(order.Status),
        [.. order.Lines.Select(l => new OrderLine<long>(l.Id, l.Quantity, l.Delivered ?? 0, l.Invoiced ?? 0))]);
}
