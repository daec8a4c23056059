namespace CustomerCenter.Web.Features.Payments;

/// <summary>One "apply" amount typed beside an open invoice, kept as text so a typo comes back beside its input.</summary>
public sealed class AllocationForm
{
    public long InvoiceId { get; set; }

    public string? Amount { get; set; }
}
