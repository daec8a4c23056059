using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>A payment or credit note applied to an invoice, net of any later undoing.</summary>
public sealed record PortalSettlement(LedgerEntryKind Kind, string Reference, long? PaymentId, DateOnly Date, decimal Amount);

public sealed record PortalInvoiceView(DocumentDto Invoice, IReadOnlyList<PortalSettlement> Settlements);
