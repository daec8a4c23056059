using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

/// <summary>Realistic documents and statements for the renderer tests; amounts come from the domain's calculator.</summary>
internal static class PdfTestData
{
    public static PdfSeller Seller { get; } = new("Northwind Traders GmbH", ["Hauptstraße 12", "10115 Berlin", "Germany"])
    {
        VatNumber = "DE123456789",
        RegistrationNumber = "HRB 12345 B, Amtsgericht Charlottenburg",
        Email = "billing@northwind.example",
        Phone = "+49 30 1234567",
        BankName = "Berliner Volksbank",
        Iban = "DE89 3704 0044 0532 0130 00",
        Bic = "COBADEFFXXX",
    };

    public static PdfCustomer Customer { get; } = new("Contoso Ltd", ["Attn. Accounts Payable", "1 Harbour Road", "Bristol BS1 4DJ", "United Kingdom"])
    {
        Number = "C-00042",
        VatNumber = "GB987654321",
    };

    public static BusinessDocumentLine Line(string description, decimal quantity, decimal unitPrice, string currency, decimal discount = 0, decimal taxRate = 20, string? unit = "pcs")
    {
        var amounts = LineCalculator.Calculate(new LineInput(quantity, unitPrice, discount, taxRate), currency).Value;
        return new BusinessDocumentLine(description, quantity, unit, unitPrice, discount, taxRate, amounts.Net.Minor);
    }

    public static IReadOnlyList<BusinessDocumentLine> StandardLines(string currency) =>
    [
        Line("Industrial stapler, heavy duty\nIncludes 5,000 staples and a carry case", 12, 49.90m, currency),
        Line("On-site installation (hours)", 3.5m, 85m, currency, discount: 10, unit: "h"),
        Line("Shipping and handling", 1, 25m, currency, taxRate: 7, unit: null),
    ];

    public static IReadOnlyList<BusinessDocumentLine> NumberedLines(int count, string currency) =>
        [.. Enumerable.Range(1, count).Select(i => Line(Article(i), (i % 7) + 1, 10m + (i % 13), currency, taxRate: i % 5 == 0 ? 7 : 20))];

    /// <summary>A description that no other description contains, so a test can count it.</summary>
    public static string Article(int i) => $"Article <{i:0000}> spare part";

    public static BusinessDocumentPdf Document(
        IReadOnlyList<BusinessDocumentLine> lines,
        string currency = "EUR",
        string language = "en",
        BusinessDocumentKind kind = BusinessDocumentKind.Invoice,
        string? number = "INV-2026-0001",
        long amountPaid = 0,
        PdfCustomer? customer = null)
    {
        var totals = LineCalculator.Totals(
            [.. lines.Select(l => new LineInput(l.Quantity, l.UnitPrice, l.DiscountPercent, l.TaxRate))], currency).Value;
        return new BusinessDocumentPdf(
            kind,
            language,
            number,
            new BusinessDocumentDates(new DateOnly(2026, 3, 5)) { DueDate = new DateOnly(2026, 4, 4), DeliveryDate = new DateOnly(2026, 3, 2) },
            Seller,
            customer ?? Customer,
            currency,
            lines,
            [.. totals.TaxSummary.Select(t => new BusinessDocumentTaxLine(t.Rate, t.NetBase.Minor, t.Tax.Minor))],
            new BusinessDocumentTotals(totals.Net.Minor, totals.Tax.Minor, totals.Gross.Minor, amountPaid, totals.Gross.Minor - amountPaid))
        {
            ShippingAddressLines = ["Contoso Ltd — Warehouse 3", "Dock Lane 7", "Avonmouth BS11 9FG", "United Kingdom"],
            Reference = "PO-7781",
            PaymentTerms = "30 days net, 2 % discount within 10 days",
            Notes = "Thank you for your business. Questions about this invoice? Reply to billing@northwind.example.",
            Terms = "Goods remain our property until paid in full. Our general terms of sale apply.",
            Links = ["Based on order SO-2026-0003"],
        };
    }

    public static Statement DomainStatement()
    {
        const string eur = "EUR";
        LedgerEntry[] entries =
        [
            LedgerEntry.Create(new DateOnly(2025, 12, 10), LedgerEntryKind.Invoice, "INV-2025-0099", new Money(50_000, eur), new DateOnly(2026, 1, 9), 1),
            LedgerEntry.Create(new DateOnly(2026, 1, 5), LedgerEntryKind.Invoice, "INV-2026-0001", new Money(120_000, eur), new DateOnly(2026, 2, 4), 2),
            LedgerEntry.Create(new DateOnly(2026, 1, 20), LedgerEntryKind.Payment, "PAY-2026-0001", new Money(50_000, eur), null, 3),
            LedgerEntry.Create(new DateOnly(2026, 2, 1), LedgerEntryKind.CreditNote, "CN-2026-0001", new Money(10_000, eur), null, 4),
            LedgerEntry.Create(new DateOnly(2026, 2, 15), LedgerEntryKind.Invoice, "INV-2026-0007", new Money(80_000, eur), new DateOnly(2026, 3, 17), 5),
            LedgerEntry.Create(new DateOnly(2026, 2, 20), LedgerEntryKind.Payment, "PAY-2026-0004", new Money(30_000, eur), null, 6),
            LedgerEntry.Create(new DateOnly(2026, 2, 25), LedgerEntryKind.PaymentReversal, "PAY-2026-0004", new Money(30_000, eur), null, 7),
            LedgerEntry.Create(new DateOnly(2026, 3, 1), LedgerEntryKind.Invoice, "INV-2026-0011", new Money(40_000, eur), new DateOnly(2026, 3, 31), 8),
            LedgerEntry.Create(new DateOnly(2026, 3, 10), LedgerEntryKind.Refund, "REF-2026-0001", new Money(5_000, eur), null, 9),
        ];
        Settlement[] settlements =
        [
            new(1, 3, new Money(50_000, eur), new DateOnly(2026, 1, 20)),
            new(2, 4, new Money(10_000, eur), new DateOnly(2026, 2, 1)),
        ];
        return Statement.Build(eur, entries, settlements, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), AgingBuckets.Default).Value;
    }

    public static StatementPdf SampleStatement(StatementStyle style, string language = "en") =>
        StatementPdf.FromStatement(DomainStatement(), style, language, Seller, Customer);
}
