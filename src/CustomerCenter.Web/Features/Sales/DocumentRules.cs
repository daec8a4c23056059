namespace CustomerCenter.Web.Features.Sales;

internal static class DocumentRules
{
    public static bool IsOverdue(SalesDocument d, DateOnly today) =>
        d.Kind == DocumentKind.Invoice && d.Status is "posted" or "partlyPaid" && d.DueDate < today && d.OpenMinor > 0;
}
