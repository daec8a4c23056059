using System.Text.Json.Nodes;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>What one portal role may see and do in one Client Center, resolved from its effective settings.</summary>
public sealed record PortalPermissions(
    bool Home,
    bool Orders,
    bool Billing,
    bool UserManagement,
    bool Profile,
    bool AllowNewOrders,
    bool AllowCancel,
    bool AllowInvoiceDownload,
    bool ShowDuePayments,
    bool ShowPaymentHistory,
    bool AllowStatementDownload)
{
    public static PortalPermissions For(JsonObject effective, PortalRole role)
    {
        var overrides = effective["roles"]?[role.ToString().ToLowerInvariant()] as JsonObject;
        bool Get(string section, string key) =>
            overrides?[section]?[key]?.GetValue<bool>() ?? effective[section]?[key]?.GetValue<bool>() ?? false;

        return new PortalPermissions(
            Get("panels", "home"),
            Get("panels", "orders"),
            Get("panels", "billing"),
            // Users never manage users, whatever the settings say: only the Owner and Admins do.
            role != PortalRole.User && Get("panels", "userManagement"),
            Get("panels", "profile"),
            Get("panels", "orders") && Get("orders", "allowNewOrders"),
            Get("panels", "orders") && Get("orders", "allowCancel"),
            Get("panels", "billing") && Get("billing", "allowInvoiceDownload"),
            Get("panels", "billing") && Get("billing", "showDuePayments"),
            Get("panels", "billing") && Get("billing", "showPaymentHistory"),
            Get("panels", "billing") && Get("billing", "allowStatementDownload"));
    }
}

/// <summary>How a Client Center looks and which items its customers may order.</summary>
public sealed record PortalLook(string Title, string AccentColor, string? LogoDataUrl, string? WelcomeText, string? SupportEmail, IReadOnlyList<string> CatalogSkus, IReadOnlyList<string> CatalogSkuPrefixes, int MaxOrderLines)
{
    public static PortalLook For(ClientCenter center, JsonObject effective)
    {
        var branding = effective["branding"]!;
        var orders = effective["orders"]!;
        return new PortalLook(
            branding["title"]?.GetValue<string>() ?? center.Name,
            branding["accentColor"]?.GetValue<string>() ?? SettingsSpec.DefaultAccent,
            branding["logoDataUrl"]?.GetValue<string>(),
            branding["welcomeText"]?.GetValue<string>(),
            branding["supportEmail"]?.GetValue<string>(),
            [.. orders["catalogSkus"]!.AsArray().Select(s => s!.GetValue<string>())],
            [.. orders["catalogSkuPrefixes"]!.AsArray().Select(s => s!.GetValue<string>())],
            orders["maxLines"]!.GetValue<int>());
    }
}
