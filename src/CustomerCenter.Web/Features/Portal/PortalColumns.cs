namespace CustomerCenter.Web.Features.Portal;

/// <summary>The optional columns of one portal list, those shown until a user chooses, and where the choice is remembered.</summary>
public sealed record PortalColumns(string PreferenceKey, IReadOnlyList<(string Key, string Label)> All, IReadOnlySet<string> Default)
{
    public static readonly PortalColumns Orders = new("columns:portal-orders",
        [("date", "Date"), ("reference", "Your reference"), ("delivery", "Delivery to"), ("total", "Total")],
        new HashSet<string> { "date", "reference", "total" });

    public static readonly PortalColumns Invoices = new("columns:portal-invoices",
        [("date", "Date"), ("dueDate", "Due"), ("reference", "Your reference"), ("total", "Total"), ("amountDue", "Still to pay")],
        new HashSet<string> { "date", "dueDate", "total", "amountDue" });

    public static readonly PortalColumns Due = new("columns:portal-due",
        [("date", "Date"), ("reference", "Your reference"), ("total", "Total"), ("daysOverdue", "Days overdue")],
        new HashSet<string> { "date", "total", "daysOverdue" });

    public static readonly PortalColumns Payments = new("columns:portal-payments",
        [("method", "Method"), ("reference", "Reference"), ("amount", "Amount"), ("unapplied", "Not yet applied")],
        new HashSet<string> { "method", "reference", "amount" });

    public static readonly PortalColumns Users = new("columns:portal-users",
        [("email", "Email"), ("role", "Role"), ("status", "Status"), ("lastSignIn", "Last sign-in")],
        new HashSet<string> { "email", "role", "status", "lastSignIn" });

    /// <summary>The stored choice (comma-separated keys), keeping only keys this list knows.</summary>
    public IReadOnlySet<string> Parse(string? stored) =>
        stored is null ? Default : stored.Split(',').Where(k => All.Any(c => c.Key == k)).ToHashSet();

    /// <summary>What a posted chooser form asked for, as it is stored.</summary>
    public string Serialize(IEnumerable<string>? chosen) =>
        string.Join(',', (chosen ?? []).Where(c => All.Any(a => a.Key == c)).Distinct());
}
