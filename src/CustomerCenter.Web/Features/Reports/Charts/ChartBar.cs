namespace CustomerCenter.Web.Features.Reports.Charts;

/// <summary>One bar: its label, value, the text shown for it, where it links and a class that colours it.</summary>
public sealed record ChartBar(string Label, decimal Value, string Text, string? Href = null, string? Class = null);
