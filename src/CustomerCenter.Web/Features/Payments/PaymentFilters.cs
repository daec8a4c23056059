using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Payments;

public static class PaymentFilters
{
    public static PaymentListFilter Parse(
        string? search, string? sort, int? page, int? pageSize, long? customerId, string? status, string? method, string? from, string? to, ValidationErrors errors)
    {
        var list = ListQuery.Parse(search, sort, page, pageSize, PaymentListFilter.Sortable, "-date", errors);
        if (string.IsNullOrWhiteSpace(sort))
        {
            list = list with { Sort = "date", Descending = true };
        }

        PaymentStatus? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<PaymentStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s))
            {
                parsedStatus = s;
            }
            else
            {
                errors.Add("status", "Filter by received, posted, reversed or bounced.");
            }
        }

        PaymentMethod? parsedMethod = null;
        if (!string.IsNullOrWhiteSpace(method))
        {
            if (Enum.TryParse<PaymentMethod>(method, ignoreCase: true, out var m) && Enum.IsDefined(m))
            {
                parsedMethod = m;
            }
            else
            {
                errors.Add("method", "Filter by bankTransfer, card, cash, cheque or other.");
            }
        }

        return new PaymentListFilter(list, customerId, parsedStatus, parsedMethod, IsoDate.Parse(from, "from", errors), IsoDate.Parse(to, "to", errors));
    }
}
