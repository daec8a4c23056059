using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// A document list's query string, shared by page, API and CSV. <paramref name="HideDrafts"/> leaves out the
/// business's own drafts, for lists a customer sees in the portal.
/// </summary>
public sealed record DocumentListFilter(DocumentKind Kind, ListQuery List, string? Status, DateOnly? From, DateOnly? To, long? CustomerId, bool HideDrafts = false)
{
    public static readonly string[] Sortable = ["date", "number", "customer", "reference", "total", "amountDue", "dueDate", "status"];

    public static DocumentListFilter Parse(
        DocumentKind kind, string? search, string? sort, int? page, int? pageSize, string? status, string? from, string? to, long? customerId,
        ValidationErrors errors)
    {
        var list = ListQuery.Parse(search, sort, page, pageSize, Sortable, "-date", errors);
        if (string.IsNullOrWhiteSpace(sort))
        {
            list = list with { Sort = "date", Descending = true };
        }

        string? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            parsedStatus = DocumentStatuses.For(kind).FirstOrDefault(s => string.Equals(s, status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (parsedStatus is null)
            {
                errors.Add("status", $"Filter by one of: {string.Join(", ", DocumentStatuses.For(kind))}.");
            }
        }

        return new DocumentListFilter(kind, list, parsedStatus, IsoDate.Parse(from, "from", errors), IsoDate.Parse(to, "to", errors), customerId);
    }
}
