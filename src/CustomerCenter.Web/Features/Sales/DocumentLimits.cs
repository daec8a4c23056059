namespace CustomerCenter.Web.Features.Sales;

public static class DocumentLimits
{
    public const int MaxLines = 500;
    public const int Description = 2000;
    public const int Unit = 20;
    public const int Reference = 100;
    public const int Notes = 4000;

    /// <summary>Documents one batch action (send or post selected) handles at most.</summary>
    public const int MaxBatch = 100;
}
