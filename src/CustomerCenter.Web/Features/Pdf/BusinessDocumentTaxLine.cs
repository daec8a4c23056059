namespace CustomerCenter.Web.Features.Pdf;

/// <summary>One row of the tax summary: the rate (a percent), the net amount taxed at it and the tax, in minor units.</summary>
public sealed record BusinessDocumentTaxLine(decimal Rate, long NetBase, long Tax);
