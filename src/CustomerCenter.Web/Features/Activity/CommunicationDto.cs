namespace CustomerCenter.Web.Features.Activity;

public sealed record CommunicationDto(
    long Id, long CustomerId, CommunicationKind Kind, DateTime OccurredAt, long? ContactId, string? ContactName, string Subject, string? Text,
    string CreatedBy, DateTime CreatedAt)
{
    public static CommunicationDto From(Communication c) => new(
        c.Id, c.CustomerId, c.Kind, DateTime.SpecifyKind(c.OccurredAt, DateTimeKind.Utc), c.ContactId, c.ContactName, c.Subject, c.Text,
        c.CreatedBy, DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc));
}
