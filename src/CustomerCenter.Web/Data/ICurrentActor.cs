namespace CustomerCenter.Web.Data;

/// <summary>Who is acting, as written into audit entries.</summary>
public interface ICurrentActor
{
    string Name { get; }
}
