using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Activity;

public sealed record ProjectDto(
    long Id,
    long CustomerId,
    string CustomerName,
    string Name,
    string? Description,
    ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int DocumentCount,
    int OpenTaskCount,
    DateTime CreatedAt,
    long Version);

/// <summary>A document linked to a project, as its page lists it.</summary>
public sealed record ProjectDocumentDto(long DocumentId, DocumentKind Kind, string? Number, string Status, DateOnly Date, decimal Total, string Currency);
