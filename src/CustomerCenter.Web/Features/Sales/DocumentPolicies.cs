using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Sales;

public static class DocumentPolicies
{
    /// <summary>
    /// Who may change a kind of document: quotes, orders and deliveries are sales work; invoices and credit
    /// notes may also be issued by finance. The API and the pages ask the same question.
    /// </summary>
    public static string For(DocumentKind kind) => kind is DocumentKind.Invoice or DocumentKind.CreditNote ? Policies.CanEdit : Policies.Sales;
}
