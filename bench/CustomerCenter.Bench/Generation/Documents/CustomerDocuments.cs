using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>Everything generated for one customer: documents (orders before the invoices made from them), payments, ledger and timeline.</summary>
internal sealed class CustomerDocuments(BenchCustomer customer)
{
    public BenchCustomer Customer { get; } = customer;

    public List<SalesDocument> Documents { get; } = [];

    public List<Payment> Payments { get; } = [];

    public List<LedgerEntry> Ledger { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public List<ActivityEntry> Activity { get; } = [];

    public IEnumerable<SalesDocument> Invoices => Documents.Where(d => d.Kind == DocumentKind.Invoice);

    public IEnumerable<SalesDocumentLine> Lines => Documents.SelectMany(d => d.Lines);

    public long Balance => Ledger.Sum(e => e.AmountMinor);
}
