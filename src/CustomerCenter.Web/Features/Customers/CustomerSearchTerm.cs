namespace CustomerCenter.Web.Features.Customers;

/// <summary>
/// One normalised word of a customer's name, email, phone, number or VAT number. Search is a range
/// scan on this indexed column (word-prefix match), which neither LIKE '%x%' nor a case-insensitive
/// LIKE 'x%' can be on SQLite.
/// </summary>
public sealed class CustomerSearchTerm
{
    public long CustomerId { get; set; }

    public required string Term { get; set; }
}
