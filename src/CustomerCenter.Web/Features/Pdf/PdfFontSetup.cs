using PdfSharp.Fonts;

namespace CustomerCenter.Web.Features.Pdf;

/// <summary>
/// Installs <see cref="DejaVuFontResolver"/> as PDFsharp's process-wide font resolver, once. PDFsharp refuses a
/// different resolver after the first font was used, so this is the only place that sets one; the Lazy makes
/// concurrent first renders (parallel requests, parallel tests) wait for the one registration.
/// </summary>
internal static class PdfFontSetup
{
    private static readonly Lazy<DejaVuFontResolver> Resolver = new(() =>
    {
        var resolver = new DejaVuFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    public static void EnsureRegistered() => _ = Resolver.Value;
}
