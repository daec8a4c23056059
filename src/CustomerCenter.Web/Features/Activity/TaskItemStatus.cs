namespace CustomerCenter.Web.Features.Activity;

public enum TaskItemStatus
{
    Open,
    Done,
}
