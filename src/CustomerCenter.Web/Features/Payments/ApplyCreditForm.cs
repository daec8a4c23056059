namespace CustomerCenter.Web.Features.Payments;

/// <summary>The "Apply credit" form of a payment's page: an amount beside each open invoice.</summary>
public sealed class ApplyCreditForm
{
    public List<AllocationForm> Allocations { get; set; } = [];

    /// <summary>The submit button pressed: "suggest" fills the amounts from the credit left; anything else applies.</summary>
    public string? Action { get; set; }
}
