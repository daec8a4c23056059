using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>How generated documents, payments, ledger rows and portal logins become rows, column by column.</summary>
internal sealed class DocumentTables(IModel model)
{
    public TableSpec<SalesDocument> Documents { get; } = TableSpec<SalesDocument>.Bind(model, "SalesDocuments",
    [
        new("Id", d => d.Id),
        new("Kind", d => d.Kind),
        new("Number", d => d.Number),
        new("Status", d => d.Status),
        new("CustomerId", d => d.CustomerId),
        new("CustomerName", d => d.CustomerName),
        new("CustomerVatNumber", d => d.CustomerVatNumber),
        new("Date", d => d.Date),
        new("DueDate", d => d.DueDate),
        new("ValidUntil", d => d.ValidUntil),
        new("Currency", d => d.Currency),
        new("Language", d => d.Language),
        new("Reference", d => d.Reference),
        new("Notes", d => d.Notes),
        new("Terms", d => d.Terms),
        new("SubtotalMinor", d => d.SubtotalMinor),
        new("TaxMinor", d => d.TaxMinor),
        new("TotalMinor", d => d.TotalMinor),
        new("OpenMinor", d => d.OpenMinor),
        new("SourceId", d => d.SourceId),
        new("SubmittedByCustomer", d => d.SubmittedByCustomer),
        new("CreatedAt", d => d.CreatedAt),
        new("UpdatedAt", d => d.UpdatedAt),
        new("PostedAt", d => d.PostedAt),
        new("Version", d => d.Version),
        new("BillingAddress_City", d => d.BillingAddress.City),
        new("BillingAddress_Country", d => d.BillingAddress.Country),
        new("BillingAddress_Line1", d => d.BillingAddress.Line1),
        new("BillingAddress_Line2", d => d.BillingAddress.Line2),
        new("BillingAddress_PostalCode", d => d.BillingAddress.PostalCode),
        new("BillingAddress_Region", d => d.BillingAddress.Region),
        new("ShippingAddress_City", d => d.ShippingAddress.City),
        new("ShippingAddress_Country", d => d.ShippingAddress.Country),
        new("ShippingAddress_Line1", d => d.ShippingAddress.Line1),
        new("ShippingAddress_Line2", d => d.ShippingAddress.Line2),
        new("ShippingAddress_PostalCode", d => d.ShippingAddress.PostalCode),
        new("ShippingAddress_Region", d => d.ShippingAddress.Region),
    ]);

    public TableSpec<SalesDocumentLine> Lines { get; } = TableSpec<SalesDocumentLine>.Bind(model, "SalesDocumentLines",
    [
        new("Id", l => l.Id),
        new("DocumentId", l => l.DocumentId),
        new("Position", l => l.Position),
        new("ItemId", l => l.ItemId),
        new("Description", l => l.Description),
        new("Unit", l => l.Unit),
        new("QuantityMilli", l => l.QuantityMilli),
        new("UnitPrice", l => l.UnitPrice),
        new("DiscountPercent", l => l.DiscountPercent),
        new("TaxRate", l => l.TaxRate),
        new("NetMinor", l => l.NetMinor),
        new("TaxMinor", l => l.TaxMinor),
        new("DeliveredMilli", l => l.DeliveredMilli),
        new("InvoicedMilli", l => l.InvoicedMilli),
        new("SourceLineId", l => l.SourceLineId),
    ]);

    public TableSpec<Payment> Payments { get; } = TableSpec<Payment>.Bind(model, "Payments",
    [
        new("Id", p => p.Id),
        new("Number", p => p.Number),
        new("CustomerId", p => p.CustomerId),
        new("Date", p => p.Date),
        new("AmountMinor", p => p.AmountMinor),
        new("Currency", p => p.Currency),
        new("Method", p => p.Method),
        new("Reference", p => p.Reference),
        new("Status", p => p.Status),
        new("UnappliedMinor", p => p.UnappliedMinor),
        new("ChequeNumber", p => p.ChequeNumber),
        new("ChequeBank", p => p.ChequeBank),
        new("ChequeDate", p => p.ChequeDate),
        new("PlannedAllocations", p => p.PlannedAllocations),
        new("DepositedOn", p => p.DepositedOn),
        new("ReversedOn", p => p.ReversedOn),
        new("ReversalReason", p => p.ReversalReason),
        new("CreatedAt", p => p.CreatedAt),
        new("UpdatedAt", p => p.UpdatedAt),
        new("Version", p => p.Version),
    ]);

    public TableSpec<LedgerEntry> Ledger { get; } = TableSpec<LedgerEntry>.Bind(model, "LedgerEntries",
    [
        new("Id", e => e.Id),
        new("CustomerId", e => e.CustomerId),
        new("Currency", e => e.Currency),
        new("Date", e => e.Date),
        new("Kind", e => e.Kind),
        new("DocumentId", e => e.DocumentId),
        new("PaymentId", e => e.PaymentId),
        new("RefundId", e => e.RefundId),
        new("Reference", e => e.Reference),
        new("AmountMinor", e => e.AmountMinor),
        new("DueDate", e => e.DueDate),
        new("OpenMinor", e => e.OpenMinor),
        new("LastSettledOn", e => e.LastSettledOn),
        new("ClosedOn", e => e.ClosedOn),
        new("CreatedAt", e => e.CreatedAt),
    ]);

    public TableSpec<Allocation> Allocations { get; } = TableSpec<Allocation>.Bind(model, "Allocations",
    [
        new("Id", a => a.Id),
        new("CustomerId", a => a.CustomerId),
        new("Currency", a => a.Currency),
        new("DebitEntryId", a => a.DebitEntryId),
        new("CreditEntryId", a => a.CreditEntryId),
        new("AmountMinor", a => a.AmountMinor),
        new("Date", a => a.Date),
        new("CreatedAt", a => a.CreatedAt),
    ]);

    public TableSpec<ActivityEntry> Activity { get; } = TableSpec<ActivityEntry>.Bind(model, "ActivityEntries",
    [
        new("Id", a => a.Id),
        new("CustomerId", a => a.CustomerId),
        new("At", a => a.At),
        new("Kind", a => a.Kind),
        new("Actor", a => a.Actor),
        new("Summary", a => a.Summary),
        new("Detail", a => a.Detail),
        new("SubjectType", a => a.SubjectType),
        new("SubjectId", a => a.SubjectId),
        new("OutboxMessageId", a => a.OutboxMessageId),
    ]);

    public TableSpec<ClientCenter> ClientCenters { get; } = TableSpec<ClientCenter>.Bind(model, "ClientCenters",
    [
        new("Id", c => c.Id),
        new("Name", c => c.Name),
        new("Slug", c => c.Slug),
        new("SettingsJson", c => c.SettingsJson),
        new("IsActive", c => c.IsActive),
        new("CreatedAt", c => c.CreatedAt),
        new("UpdatedAt", c => c.UpdatedAt),
        new("Version", c => c.Version),
    ]);

    public TableSpec<PortalUser> PortalUsers { get; } = TableSpec<PortalUser>.Bind(model, "PortalUsers",
    [
        new("Id", u => u.Id),
        new("ClientCenterId", u => u.ClientCenterId),
        new("CustomerId", u => u.CustomerId),
        new("ContactId", u => u.ContactId),
        new("Email", u => u.Email),
        new("NormalizedEmail", u => u.NormalizedEmail),
        new("Name", u => u.Name),
        new("Role", u => u.Role),
        new("PasswordHash", u => u.PasswordHash),
        new("SecurityStamp", u => u.SecurityStamp),
        new("IsActive", u => u.IsActive),
        new("FailedSignInCount", u => u.FailedSignInCount),
        new("LockoutEndsAt", u => u.LockoutEndsAt),
        new("LastSignInAt", u => u.LastSignInAt),
        new("CreatedAt", u => u.CreatedAt),
        new("UpdatedAt", u => u.UpdatedAt),
        new("Version", u => u.Version),
    ]);

    /// <summary>The tables that get millions of rows: their secondary indexes are built after the load.</summary>
    public IReadOnlyList<string> Loaded => [Documents.Name, Lines.Name, Payments.Name, Ledger.Name, Allocations.Name];

    /// <summary>The tables this command fills (CustomerBalances and Customers are written with SQL), for VACUUM (ANALYZE).</summary>
    public IReadOnlyList<string> Names =>
        [Documents.Name, Lines.Name, Payments.Name, Ledger.Name, Allocations.Name, Activity.Name, ClientCenters.Name, PortalUsers.Name, "CustomerBalances", "Customers", "NumberSequences"];
}
