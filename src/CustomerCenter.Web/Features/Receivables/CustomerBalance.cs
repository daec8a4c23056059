namespace CustomerCenter.Web.Features.Receivables;

/// <summary>
/// The running sum of a customer's ledger in one currency, kept in step with every ledger write
/// (same transaction), so lists and reports can sort and total by balance without summing millions
/// of ledger rows. Tests check it always equals the ledger.
/// </summary>
public sealed class CustomerBalance
{
    public long CustomerId { get; set; }

    public string Currency { get; set; } = "EUR";

    public long BalanceMinor { get; set; }
}
