namespace CustomerCenter.Web.Features.Customers;

/// <summary>One row of the customer list: a projection, never the whole entity.</summary>
public sealed record CustomerListItem(
    long Id,
    string Number,
    string Name,
    CustomerKind Kind,
    string? Email,
    string? Phone,
    string? City,
    string? Country,
    string Currency,
    string? VatNumber,
    bool IsActive,
    DateTime CreatedAt,
    [property: System.Text.Json.Serialization.JsonIgnore] long BalanceMinor,
    int ProjectCount)
{
    /// <summary>What the customer owes in its own currency (negative: credit), from the balance summary.</summary>
    public decimal Balance => new CustomerCenter.Domain.Money(BalanceMinor, Currency).ToDecimal();
}
