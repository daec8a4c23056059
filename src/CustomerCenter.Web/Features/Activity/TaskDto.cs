using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Web.Features.Activity;

public sealed record TaskDto(
    long Id,
    long CustomerId,
    string CustomerName,
    string Title,
    string? Description,
    DateOnly? DueDate,
    long AssigneeId,
    string AssigneeName,
    TaskItemStatus Status,
    bool IsOverdue,
    long? DocumentId,
    DocumentKind? DocumentKind,
    string? DocumentNumber,
    long? ProjectId,
    string? ProjectName,
    string CreatedBy,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    long Version);
