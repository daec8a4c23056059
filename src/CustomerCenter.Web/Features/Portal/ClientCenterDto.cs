using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>A Client Center with the settings as stored and the effective settings (every default filled in).</summary>
public sealed record ClientCenterDto(long Id, string Name, string Slug, bool IsActive, string Url, JsonObject Settings, JsonObject EffectiveSettings, int CustomerCount, long Version)
{
    public static ClientCenterDto From(ClientCenter c, int customers) => new(
        c.Id, c.Name, c.Slug, c.IsActive, $"/cc/{c.Slug}", JsonNode.Parse(c.SettingsJson) as JsonObject ?? [], SettingsDocument.Effective(c.SettingsJson), customers, c.Version);
}
