namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// The aging strip as of the statement's end date: ascending day limits ([30, 60, 90] gives Current, 1–30, 31–60,
/// 61–90, Over 90 — the labels are printed in the document's language) and one amount per bucket in minor units.
/// </summary>
public sealed record StatementAging(IReadOnlyList<int> DayLimits, IReadOnlyList<long> Amounts);
