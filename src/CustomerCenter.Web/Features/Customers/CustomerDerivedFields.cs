using CustomerCenter.Web.Features.Search;

namespace CustomerCenter.Web.Features.Customers;

/// <summary>Keeps the sort and search columns of a customer in step with what people typed.</summary>
public static class CustomerDerivedFields
{
    public static void Refresh(Customer customer)
    {
        customer.NameNormalized = SearchText.Normalize(customer.Name);
        if (customer.NameNormalized.Length > 200)
        {
            customer.NameNormalized = customer.NameNormalized[..200];
        }

        var terms = TermsOf(customer);
        customer.SearchTerms.RemoveAll(t => !terms.Contains(t.Term));
        var existing = customer.SearchTerms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms.Where(t => !existing.Contains(t)))
        {
            customer.SearchTerms.Add(new CustomerSearchTerm { CustomerId = customer.Id, Term = term });
        }
    }

    public static HashSet<string> TermsOf(Customer customer)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        terms.UnionWith(SearchText.Words(customer.Name));
        terms.UnionWith(SearchText.Words(customer.Number));
        terms.UnionWith(SearchText.Words(customer.Email));
        terms.UnionWith(SearchText.Words(customer.Phone));
        terms.UnionWith(SearchText.Words(customer.VatNumber));
        AddCompact(terms, customer.Number);
        AddCompact(terms, customer.VatNumber);
        AddCompact(terms, customer.Phone);
        var email = SearchText.Normalize(customer.Email?.Trim());
        if (email.Length > 0)
        {
            terms.Add(email.Length > SearchText.MaxTermLength ? email[..SearchText.MaxTermLength] : email);
        }

        return terms;
    }

    private static void AddCompact(HashSet<string> terms, string? value)
    {
        var compact = SearchText.Compact(value);
        if (compact.Length > 0)
        {
            terms.Add(compact);
        }
    }
}
