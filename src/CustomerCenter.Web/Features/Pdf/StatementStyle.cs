namespace CustomerCenter.Web.Features.Pdf;

public enum StatementStyle
{
    /// <summary>Every ledger entry of the period with a running balance, between opening and closing balance.</summary>
    Activity,

    /// <summary>Only what is still open at the end of the period, with days overdue.</summary>
    OpenItems,
}
