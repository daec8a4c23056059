namespace CustomerCenter.Web.Features.Payments;

/// <summary>The columns of the payment list besides the number, with those shown until a user chooses otherwise.</summary>
public static class PaymentColumns
{
    public const string PreferenceKey = "columns:payments";

    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        ("date", "Date"),
        ("customer", "Customer"),
        ("method", "Method"),
        ("reference", "Reference"),
        ("cheque", "Cheque number"),
        ("status", "Status"),
        ("amount", "Amount"),
        ("unapplied", "Unapplied"),
    ];

    public static readonly IReadOnlySet<string> Default = new HashSet<string> { "date", "customer", "method", "reference", "status", "amount", "unapplied" };

    public static IReadOnlySet<string> Parse(string? stored) =>
        stored is null ? Default : stored.Split(',').Where(k => All.Any(c => c.Key == k)).ToHashSet();
}
