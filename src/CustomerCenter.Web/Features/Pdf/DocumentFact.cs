namespace CustomerCenter.Web.Features.Pdf;

/// <summary>One labelled value in the header's facts block: "Due date 14 Apr 2026".</summary>
internal sealed record DocumentFact(string Label, string Value);
