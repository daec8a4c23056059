namespace CustomerCenter.Web.Features.Reports;

/// <summary>Sales history one row per document or one row per line.</summary>
public enum SalesHistoryView
{
    Document,
    Line,
}
