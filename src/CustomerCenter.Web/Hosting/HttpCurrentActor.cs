using System.Security.Claims;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Hosting;

/// <summary>The signed-in staff user, API key or portal user of the current request; "system" outside requests.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return "system";
            }

            return user.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        }
    }
}
