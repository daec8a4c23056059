using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Portal;

public static class PortalLists
{
    /// <summary>The five newest documents of a kind for one customer (drafts are the business's own and never shown).</summary>
    public static DocumentListFilter Latest(DocumentKind kind, long customerId) =>
        new(kind, new ListQuery(null, "date", true, 1, 5), null, null, null, customerId, HideDrafts: true);
}
