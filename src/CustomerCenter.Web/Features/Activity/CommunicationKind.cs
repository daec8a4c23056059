namespace CustomerCenter.Web.Features.Activity;

public enum CommunicationKind
{
    Call,
    Meeting,
    Note,
}
