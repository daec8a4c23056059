using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>Copies a prepared (checked) input onto a document and its lines.</summary>
internal static class DocumentWriter
{
    public static void ApplyHeader(SalesDocument document, PreparedDocument prepared)
    {
        document.CustomerId = prepared.Customer.Id;
        document.CustomerName = prepared.Customer.Name;
        document.CustomerVatNumber = prepared.Customer.VatNumber;
        document.Language = prepared.Customer.Language;
        document.Date = prepared.Date;
        document.DueDate = prepared.DueDate;
        document.ValidUntil = prepared.ValidUntil;
        document.Currency = prepared.Currency;
        document.Reference = prepared.Reference;
        document.Notes = prepared.Notes;
        document.Terms = prepared.Terms;
        document.BillingAddress = prepared.BillingAddress;
        document.ShippingAddress = prepared.ShippingAddress;
    }

    public static void ApplyLines(SalesDocument document, PreparedDocument prepared)
    {
        document.Lines.Clear();
        for (var i = 0; i < prepared.Lines.Count; i++)
        {
            var line = prepared.Lines[i];
            var amounts = prepared.Totals.Lines[i];
            document.Lines.Add(new SalesDocumentLine
            {
                Position = i + 1,
                ItemId = line.ItemId,
                Description = line.Description,
                Unit = line.Unit,
                QuantityMilli = Milli.From(line.Quantity),
                UnitPrice = line.UnitPrice,
                DiscountPercent = line.DiscountPercent,
                TaxRate = line.TaxRate,
                NetMinor = amounts.Net.Minor,
                TaxMinor = amounts.Tax.Minor,
            });
        }

        SetTotals(document, prepared.Totals);
    }

    public static void SetTotals(SalesDocument document, DocumentTotals totals)
    {
        document.SubtotalMinor = totals.Net.Minor;
        document.TaxMinor = totals.Tax.Minor;
        document.TotalMinor = totals.Gross.Minor;
    }

    /// <summary>Recomputes line amounts and totals from the stored lines (used after quantities change).</summary>
    public static DomainResult<DocumentTotals> Recalculate(SalesDocument document)
    {
        var ordered = document.Lines.OrderBy(l => l.Position).ToList();
        var totals = LineCalculator.Totals(
            [.. ordered.Select(l => new LineInput(Milli.ToDecimal(l.QuantityMilli), l.UnitPrice, l.DiscountPercent, l.TaxRate))],
            document.Currency);
        if (!totals.IsSuccess)
        {
            return totals;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].NetMinor = totals.Value.Lines[i].Net.Minor;
            ordered[i].TaxMinor = totals.Value.Lines[i].Tax.Minor;
        }

        SetTotals(document, totals.Value);
        return totals;
    }
}
