namespace CustomerCenter.Web.Features.Activity;

public enum ProjectStatus
{
    Planned,
    Active,
    OnHold,
    Completed,
    Cancelled,
}
