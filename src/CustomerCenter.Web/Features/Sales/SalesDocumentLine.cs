namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// A document line. Quantities are kept in thousandths (<c>…Milli</c>, 3 decimals exactly) so order
/// quantities can be added and compared in SQL on every database; amounts are minor units.
/// </summary>
public sealed class SalesDocumentLine
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public int Position { get; set; }

    public long? ItemId { get; set; }

    public string Description { get; set; } = "";

    public string? Unit { get; set; }

    public long QuantityMilli { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal DiscountPercent { get; set; }

    public decimal TaxRate { get; set; }

    public long NetMinor { get; set; }

    public long TaxMinor { get; set; }

    /// <summary>Sales order lines: how much of the line has been delivered.</summary>
    public long DeliveredMilli { get; set; }

    /// <summary>Sales order lines: how much of the line has been invoiced.</summary>
    public long InvoicedMilli { get; set; }

    /// <summary>Delivery note and invoice lines: the sales order line they come from.</summary>
    public long? SourceLineId { get; set; }
}
