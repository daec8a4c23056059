namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// What every page carries around the content: a running title on continuation pages, footer columns (the
/// seller's details), the "Page {0} of {1}" pattern, and a watermark for drafts.
/// </summary>
internal sealed record PageFrame(
    string RunningTitle,
    IReadOnlyList<string> FooterColumns,
    string PageOfFormat,
    string? Watermark);
