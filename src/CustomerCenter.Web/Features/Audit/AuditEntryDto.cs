namespace CustomerCenter.Web.Features.Audit;

public sealed record AuditEntryDto(long Id, DateTime At, string Actor, string EntityType, long EntityId, string Action, string Changes);
