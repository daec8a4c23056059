using System.Globalization;
using CustomerCenter.Domain;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Features.Pdf;

namespace CustomerCenter.Web.Tests.Pdf;

public sealed class StatementRendererTests
{
    [Fact]
    public void Activity_statement_shows_balances_every_entry_and_the_aging_strip()
    {
        var statement = PdfTestData.SampleStatement(StatementStyle.Activity);

        using var pdf = new PdfReader(StatementRenderer.Render(statement));

        var text = pdf.Text;
        Assert.Contains("Statement of account", text, StringComparison.Ordinal);
        Assert.Contains("Contoso Ltd", text, StringComparison.Ordinal);
        Assert.Contains("Opening balance", text, StringComparison.Ordinal);
        Assert.Contains("Closing balance", text, StringComparison.Ordinal);
        Assert.Contains(Amount(statement.OpeningBalance), text, StringComparison.Ordinal);
        Assert.Contains(Amount(statement.ClosingBalance) + " EUR", text, StringComparison.Ordinal);
        foreach (var kind in new[] { "Invoice", "Payment", "Credit note", "Payment reversal", "Refund" })
        {
            Assert.Contains(kind, text, StringComparison.Ordinal);
        }

        foreach (var line in statement.Lines)
        {
            Assert.Contains(line.Reference, text, StringComparison.Ordinal);
            Assert.Contains(Amount(line.RunningBalance), text, StringComparison.Ordinal);
        }

        foreach (var label in new[] { "Aging as of 31 Mar 2026", "Current", "1–30", "31–60", "61–90", "Over 90" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Activity_lines_are_in_date_order_between_opening_and_closing_balance()
    {
        var statement = PdfTestData.SampleStatement(StatementStyle.Activity);

        using var pdf = new PdfReader(StatementRenderer.Render(statement));

        var text = pdf.Text;
        var positions = new[] { "Opening balance", "INV-2026-0001", "PAY-2026-0001", "CN-2026-0001", "INV-2026-0007", "INV-2026-0011", "REF-2026-0001", "Closing balance" }
            .Select(s => text.LastIndexOf(s, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Open_items_statement_lists_what_is_open_with_days_overdue()
    {
        var statement = PdfTestData.SampleStatement(StatementStyle.OpenItems);

        using var pdf = new PdfReader(StatementRenderer.Render(statement));

        var text = pdf.Text;
        Assert.Contains("overdue", text, StringComparison.Ordinal);
        Assert.Contains("Total open", text, StringComparison.Ordinal);
        Assert.NotEmpty(statement.OpenItems);
        foreach (var item in statement.OpenItems)
        {
            Assert.Contains(item.Reference, text, StringComparison.Ordinal);
            Assert.Contains(Amount(item.OpenAmount), text, StringComparison.Ordinal);
        }

        var overdue = Assert.Single(statement.OpenItems, i => i.Reference == "INV-2026-0001");
        Assert.Equal(55, overdue.DaysOverdue);
        Assert.DoesNotContain("INV-2025-0099", text, StringComparison.Ordinal);
        Assert.Contains(Amount(statement.ClosingBalance) + " EUR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Aging_strip_adds_up_to_the_closing_balance()
    {
        var statement = PdfTestData.SampleStatement(StatementStyle.Activity);

        Assert.Equal(statement.ClosingBalance, statement.Aging.Amounts.Sum());
        Assert.Equal(statement.ClosingBalance, statement.OpenItems.Sum(i => i.OpenAmount));
    }

    [Fact]
    public void German_statement_uses_german_labels_and_numbers()
    {
        var statement = PdfTestData.SampleStatement(StatementStyle.Activity, language: "de");

        using var pdf = new PdfReader(StatementRenderer.Render(statement));

        var text = pdf.Text;
        foreach (var label in new[] { "Kontoauszug", "Anfangssaldo", "Endsaldo", "Nicht fällig", "Über 90", "Zahlung", "31.03.2026" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        Assert.Contains(new Money(statement.ClosingBalance, "EUR").Format(CultureInfo.GetCultureInfo("de-DE")), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_statement_paginates_and_keeps_the_header()
    {
        var many = Enumerable.Range(1, 200)
            .Select(i => new StatementActivityLine(new DateOnly(2026, 1, 1).AddDays(i / 3), LedgerEntryKind.Invoice, $"INV-X-{i:0000}", null, 1_000, 0, i * 1_000L))
            .ToList();
        var statement = PdfTestData.SampleStatement(StatementStyle.Activity) with { Lines = many, OpeningBalance = 0, ClosingBalance = 200_000 };

        using var pdf = new PdfReader(StatementRenderer.Render(statement));

        Assert.True(pdf.Pages.Count >= 3);
        Assert.All(Enumerable.Range(1, 200), i => Assert.Equal(1, pdf.Count($"INV-X-{i:0000}")));
        Assert.All(pdf.Pages, page => Assert.Contains("Balance", page.Text, StringComparison.Ordinal));
        BusinessDocumentLayoutTests.AssertInsidePrintableArea(pdf);
    }

    [Fact]
    public void Aging_amounts_must_match_the_buckets()
    {
        var statement = PdfTestData.SampleStatement(StatementStyle.Activity) with { Aging = new StatementAging([30, 60, 90], [1, 2]) };

        Assert.Throws<ArgumentException>(() => StatementRenderer.Render(statement));
    }

    private static string Amount(long minor) =>
        new Money(minor, "EUR").ToDecimal().ToString("N2", CultureInfo.GetCultureInfo("en-GB"));
}
