using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>The customer list's query string, shared by the page, the API and the CSV export.</summary>
public sealed record CustomerListFilter(ListQuery List, CustomerKind? Kind, bool? Active, bool Trashed, string? Currency)
{
    public static readonly string[] Sortable = ["name", "number", "email", "phone", "city", "country", "currency", "kind", "createdAt", "balance"];

    public static CustomerListFilter Parse(
        string? search, string? sort, int? page, int? pageSize, string? kind, string? active, bool? trashed, string? currency,
        ValidationErrors errors)
    {
        var list = ListQuery.Parse(search, sort, page, pageSize, Sortable, "name", errors);
        CustomerKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (Enum.TryParse<CustomerKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k))
            {
                parsedKind = k;
            }
            else
            {
                errors.Add("kind", "Filter by individual or company.");
            }
        }

        bool? parsedActive = active?.ToLowerInvariant() switch
        {
            null or "" or "all" => null,
            "true" or "active" => true,
            "false" or "inactive" => false,
            _ => Invalid(errors, "active", "Filter by true (active) or false (inactive)."),
        };

        var cur = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        if (cur is not null && !CustomerCenter.Domain.Currency.TryGet(cur, out _))
        {
            errors.Add("currency", "Use a three-letter ISO 4217 currency code.");
            cur = null;
        }

        return new CustomerListFilter(list, parsedKind, parsedActive, trashed ?? false, cur);
    }

    private static bool? Invalid(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
