namespace CustomerCenter.Web.Features.Reports;

/// <summary>What aging counts days from: the due date (the usual view), or the invoice date.</summary>
public enum AgingBasis
{
    Due,
    Invoice,
}
