namespace CustomerCenter.Web.Features.Pdf;

/// <summary>A table column; a <paramref name="Width"/> of zero takes whatever width the fixed columns leave.</summary>
internal sealed record TableColumn(string Header, double Width, bool AlignRight = false);
