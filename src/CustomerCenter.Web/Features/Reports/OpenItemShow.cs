namespace CustomerCenter.Web.Features.Reports;

/// <summary>Which open items the open invoices report lists: what customers owe, their unapplied credits, or both.</summary>
public enum OpenItemShow
{
    Debits,
    Credits,
    All,
}
