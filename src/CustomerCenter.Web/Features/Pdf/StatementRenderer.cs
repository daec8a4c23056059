using PdfSharp.Pdf;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>Prints customer statements (activity or open items) as A4 PDFs.</summary>
public static class StatementRenderer
{
    /// <summary>The statement as PDF bytes. Safe to call from many threads at once.</summary>
    /// <exception cref="ArgumentException">The aging amounts do not match its day limits.</exception>
    public static byte[] Render(StatementPdf statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Aging.Amounts.Count != statement.Aging.DayLimits.Count + 2)
        {
            throw new ArgumentException("The aging strip needs one amount per bucket: day limits + 2.", nameof(statement));
        }

        PdfFontSetup.EnsureRegistered();
        var texts = PdfTexts.For(statement.Language);
        var format = new PdfFormatter(texts, statement.CurrencyCode);
        var period = $"{format.Date(statement.PeriodFrom)} – {format.Date(statement.PeriodTo)}";

        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{texts.Statement} {statement.Customer.Name} {period}";
        pdf.Info.Author = statement.Seller.Name;
        pdf.Info.Subject = statement.Customer.Name;
        pdf.Info.Creator = "Customer Center";

        var frame = new PageFrame(
            $"{texts.Statement}  ·  {statement.Customer.Name}  ·  {period}",
            SellerFooter.Columns(statement.Seller, texts),
            texts.PageOf,
            Watermark: null);
        using var flow = new PageFlow(pdf, new PdfStyle(), frame);

        DocumentHeader.Draw(flow, statement.Seller, texts.Statement, [Address(statement.Customer, texts)], Facts(statement, texts, format, period));
        if (statement.Style == StatementStyle.Activity)
        {
            StatementTables.DrawActivity(flow, statement, texts, format);
        }
        else
        {
            StatementTables.DrawOpenItems(flow, statement, texts, format);
        }

        AgingStripSection.Draw(flow, statement, texts, format);
        return flow.Finish();
    }

    private static AddressColumn Address(PdfCustomer customer, PdfTexts texts)
    {
        List<string> lines = [customer.Name, .. customer.BillingAddressLines];
        if (!string.IsNullOrWhiteSpace(customer.VatNumber))
        {
            lines.Add($"{texts.VatNumber} {customer.VatNumber}");
        }

        return new AddressColumn(texts.BillTo, lines);
    }

    private static List<DocumentFact> Facts(StatementPdf statement, PdfTexts texts, PdfFormatter format, string period)
    {
        List<DocumentFact> facts = [new(texts.StatementDate, format.Date(statement.PeriodTo)), new(texts.Period, period)];
        if (!string.IsNullOrWhiteSpace(statement.Customer.Number))
        {
            facts.Add(new(texts.CustomerNumber, statement.Customer.Number));
        }

        facts.Add(new(texts.Currency, format.CurrencyCode));
        facts.Add(new(texts.OpeningBalance, format.AmountWithCurrency(statement.OpeningBalance)));
        facts.Add(new(texts.ClosingBalance, format.AmountWithCurrency(statement.ClosingBalance)));
        return facts;
    }
}
