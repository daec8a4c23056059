using static CustomerCenter.Web.Features.Portal.SettingType;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// Every key a Client Center's settings document can hold. Defaults are safe: customers can't create
/// orders until <c>orders.allowNewOrders</c> is turned on. The <c>roles</c> section overrides panels
/// and permissions for one portal role (owner, admin, user); what it leaves out is inherited.
/// </summary>
public static class SettingsSpec
{
    public const string DefaultAccent = "#1f5eff";

    private static SettingNode Flag(string key, bool value, string description) => new(key, SettingType.Flag, description) { Default = value };

    private static SettingNode Panels(bool withDefaults) => new("panels", Section, "Which parts of the portal are shown.")
    {
        Children =
        [
            Flag("home", true, "Home: this month's orders and invoices, due and overdue payments, latest documents.") with { Default = withDefaults ? true : null },
            Flag("orders", true, "Orders: the customer's sales orders and their deliveries.") with { Default = withDefaults ? true : null },
            Flag("billing", true, "Billing: invoices, due payments, payment history and statements.") with { Default = withDefaults ? true : null },
            Flag("userManagement", true, "User management for the customer's Owner and Admins (never for Users).") with { Default = withDefaults ? true : null },
            Flag("profile", true, "The customer's profile, read only, with a change request form.") with { Default = withDefaults ? true : null },
        ],
    };

    private static SettingNode OrderPermissions(bool withDefaults) => new("orders", Section, "What customers may do with orders.")
    {
        Children =
        [
            Flag("allowNewOrders", false, "Customers may place new orders (they arrive as 'submitted by customer' for staff to confirm).") with { Default = withDefaults ? false : null },
            Flag("allowCancel", true, "Customers may cancel their own orders until staff confirm them.") with { Default = withDefaults ? true : null },
        ],
    };

    private static SettingNode BillingPermissions(bool withDefaults) => new("billing", Section, "What customers see about money.")
    {
        Children =
        [
            Flag("allowInvoiceDownload", true, "Invoices can be previewed and downloaded as PDF.") with { Default = withDefaults ? true : null },
            Flag("showDuePayments", true, "Open invoices with due dates and days overdue are shown.") with { Default = withDefaults ? true : null },
            Flag("showPaymentHistory", true, "Payments and how they were applied are shown.") with { Default = withDefaults ? true : null },
            Flag("allowStatementDownload", true, "Customers can download their statement for a chosen period.") with { Default = withDefaults ? true : null },
        ],
    };

    private static SettingNode Role(string key) => new(key, Section, $"Overrides for the {key} role; keys left out are inherited.")
    {
        Children = [Panels(withDefaults: false), OrderPermissions(withDefaults: false), BillingPermissions(withDefaults: false)],
    };

    public static readonly SettingNode Root = new("settings", Section, "Client Center settings.")
    {
        Children =
        [
            Panels(withDefaults: true),
            OrderPermissions(withDefaults: true) with
            {
                Children =
                [
                    .. OrderPermissions(withDefaults: true).Children,
                    new SettingNode("catalogSkus", TextList, "Item SKUs customers may order; empty means every active item (see also catalogSkuPrefixes).")
                    {
                        Default = Array.Empty<string>(), MaxItems = 1000, MaxLength = 64,
                    },
                    new SettingNode("catalogSkuPrefixes", TextList, "SKU prefixes customers may order, e.g. \"HW-\"; combined with catalogSkus.")
                    {
                        Default = Array.Empty<string>(), MaxItems = 50, MaxLength = 64,
                    },
                    new SettingNode("maxLines", Number, "The most lines one portal order can have.") { Default = 50, Minimum = 1, Maximum = 200 },
                ],
            },
            BillingPermissions(withDefaults: true),
            new SettingNode("branding", Section, "How the portal looks.")
            {
                Children =
                [
                    new SettingNode("title", Text, "The portal's title; defaults to the Client Center's name.") { MaxLength = 80 },
                    new SettingNode("accentColor", Text, "The accent colour as #rrggbb.")
                    {
                        Default = DefaultAccent, Pattern = "^#[0-9a-fA-F]{6}$", PatternHint = "a colour written #rrggbb, e.g. #1f5eff",
                    },
                    new SettingNode("logoDataUrl", Text, "The logo as a data URL (PNG, JPEG or WebP, base64, up to 200 KB).")
                    {
                        MaxLength = 280_000, Pattern = "^data:image/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$",
                        PatternHint = "a data:image/png|jpeg|webp;base64,… URL",
                    },
                    new SettingNode("welcomeText", Text, "A short text on the sign-in and home pages.") { MaxLength = 500 },
                    new SettingNode("supportEmail", Text, "Where customers' change requests and questions go; defaults to the company email.")
                    {
                        MaxLength = 254, Pattern = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", PatternHint = "an email address",
                    },
                ],
            },
            new SettingNode("roles", Section, "Per-role overrides of panels and permissions.")
            {
                Children = [Role("owner"), Role("admin"), Role("user")],
            },
        ],
    };
}
