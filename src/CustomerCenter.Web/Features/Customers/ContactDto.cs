namespace CustomerCenter.Web.Features.Customers;

public sealed record ContactDto(
    long Id,
    long CustomerId,
    string? FirstName,
    string? LastName,
    string Name,
    string? Email,
    string? Phone,
    string? Title,
    bool IsPrimary,
    bool OptIn,
    ContactRecipient DefaultRecipient,
    DateTime CreatedAt,
    DateTime? TrashedAt,
    long Version)
{
    public static ContactDto From(Contact c) => new(
        c.Id, c.CustomerId, c.FirstName, c.LastName, c.Name, c.Email, c.Phone, c.Title, c.IsPrimary, c.OptIn,
        c.DefaultRecipient, DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc),
        c.TrashedAt is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null, c.Version);
}
