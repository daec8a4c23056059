using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>The customer page's transaction list: <c>?type=invoice&amp;from=&amp;to=&amp;sort=-date&amp;page=</c>.</summary>
public sealed record TransactionFilter(TransactionType? Type, DateOnly? From, DateOnly? To, ListQuery List)
{
    public static readonly string[] Sortable = ["date", "number", "amount", "status"];

    public static TransactionFilter Parse(string? type, string? from, string? to, string? sort, int? page, int? pageSize, ValidationErrors errors)
    {
        var list = ListQuery.Parse(null, sort, page, pageSize, Sortable, "date", errors, 25);
        if (string.IsNullOrWhiteSpace(sort))
        {
            list = list with { Descending = true };
        }

        TransactionType? parsed = null;
        if (!string.IsNullOrWhiteSpace(type) && type != "all")
        {
            if (Enum.TryParse<TransactionType>(type, ignoreCase: true, out var t) && Enum.IsDefined(t))
            {
                parsed = t;
            }
            else
            {
                errors.Add("type", "Show one of: quote, salesOrder, deliveryNote, invoice, creditNote, payment, cheque, refund.");
            }
        }

        var fromDate = ActivityDates.ParseDate(from, "from", "the first day", errors);
        var toDate = ActivityDates.ParseDate(to, "to", "the last day", errors);
        return new TransactionFilter(parsed, fromDate, toDate, list);
    }
}
