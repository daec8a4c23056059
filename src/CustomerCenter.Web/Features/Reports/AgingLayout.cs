namespace CustomerCenter.Web.Features.Reports;

/// <summary>Aging by day buckets (Current, 1–30 …) or by the month items fell due.</summary>
public enum AgingLayout
{
    Bucket,
    Month,
}
