namespace CustomerCenter.Web.Features.Reports;

public enum ReportValueKind
{
    Text,
    Integer,
    Amount,
    Percent,
    Date,
}

/// <summary>One column of a report export: its header, what kind of value it holds, and how to read it from a row.</summary>
public sealed record ReportColumn<T>(string Header, ReportValueKind Kind, Func<T, object?> Value);
