namespace CustomerCenter.Web.Features.Sales;

/// <summary>The URL segment and the words people use for each kind of document.</summary>
public static class DocumentPaths
{
    public static string Segment(DocumentKind kind) => kind switch
    {
        DocumentKind.Quote => "quotes",
        DocumentKind.SalesOrder => "orders",
        DocumentKind.DeliveryNote => "delivery-notes",
        DocumentKind.Invoice => "invoices",
        _ => "credit-notes",
    };

    public static string Singular(DocumentKind kind) => kind switch
    {
        DocumentKind.Quote => "Quote",
        DocumentKind.SalesOrder => "Sales order",
        DocumentKind.DeliveryNote => "Delivery note",
        DocumentKind.Invoice => "Invoice",
        _ => "Credit note",
    };

    public static string Plural(DocumentKind kind) => kind switch
    {
        DocumentKind.Quote => "Quotes",
        DocumentKind.SalesOrder => "Sales orders",
        DocumentKind.DeliveryNote => "Delivery notes",
        DocumentKind.Invoice => "Invoices",
        _ => "Credit notes",
    };

    /// <summary>"SalesOrder" → "Order" for route names such as ListOrders.</summary>
    public static string RouteWord(DocumentKind kind) => kind == DocumentKind.SalesOrder ? "Order" : kind.ToString();

    public static string PageUrl(DocumentKind kind, long id) => $"/{Segment(kind)}/{id}";
}
