namespace CustomerCenter.Web.Features.Sales;

/// <summary>
/// The optional columns of each document list (the number always shows: it is the link); all show until a
/// user chooses otherwise. Each kind remembers its own choice.
/// </summary>
public static class DocumentColumns
{
    public static string PreferenceKey(DocumentKind kind) => "columns:" + DocumentPaths.Segment(kind);

    public static IReadOnlyList<(string Key, string Label)> All(DocumentKind kind) => kind switch
    {
        DocumentKind.DeliveryNote => [("customer", "Customer"), ("date", "Date"), ("reference", "Reference")],
        DocumentKind.Invoice =>
        [
            ("status", "Status"), ("customer", "Customer"), ("date", "Date"), ("dueDate", "Due date"), ("reference", "Reference"),
            ("total", "Total"), ("amountDue", "Amount due"),
        ],
        DocumentKind.CreditNote =>
        [
            ("status", "Status"), ("customer", "Customer"), ("date", "Date"), ("reference", "Reference"), ("total", "Total"),
            ("amountDue", "Unapplied"),
        ],
        _ => [("status", "Status"), ("customer", "Customer"), ("date", "Date"), ("reference", "Reference"), ("total", "Total")],
    };

    public static IReadOnlySet<string> Parse(DocumentKind kind, string? stored) =>
        stored is null ? All(kind).Select(c => c.Key).ToHashSet() : stored.Split(',').Where(k => All(kind).Any(c => c.Key == k)).ToHashSet();
}
