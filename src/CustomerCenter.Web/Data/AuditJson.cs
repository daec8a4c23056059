using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerCenter.Web.Data;

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
