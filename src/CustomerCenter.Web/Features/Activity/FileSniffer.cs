using System.IO.Compression;
using System.Text;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// Decides a file's type from its first bytes (and, for DOCX/XLSX, its zip directory), never from what
/// the uploader claims: a refused type can't be renamed into an allowed one, and what we serve later
/// is exactly what we checked.
/// </summary>
public static class FileSniffer
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Text = "text/plain";
    public const string Csv = "text/csv";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string AllowedDescription = "PDF, PNG, JPEG, plain text, CSV, DOCX and XLSX";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".png"] = Png,
        [".jpg"] = Jpeg,
        [".jpeg"] = Jpeg,
        [".txt"] = Text,
        [".csv"] = Csv,
        [".docx"] = Docx,
        [".xlsx"] = Xlsx,
    };

    // What browsers and tools send for the same types; anything else declared must equal the detected type.
    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        [Jpeg] = ["image/jpg", "image/pjpeg"],
        [Csv] = ["text/plain", "application/csv", "application/vnd.ms-excel"],
        [Text] = ["text/csv"],
    };

    /// <summary>The content type to store, or null with the reason the file is refused.</summary>
    public static (string? ContentType, string? Problem) Detect(byte[] content, string fileName, string? declaredType)
    {
        if (!ByExtension.TryGetValue(Path.GetExtension(fileName), out var expected))
        {
            return (null, $"Only {AllowedDescription} files can be attached.");
        }

        var matches = expected switch
        {
            Pdf => content.AsSpan().StartsWith("%PDF-"u8),
            Png => content.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            Jpeg => content.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
            Text or Csv => IsPlainText(content),
            Docx => IsOfficeZip(content, "word/document.xml"),
            _ => IsOfficeZip(content, "xl/workbook.xml"),
        };
        if (!matches)
        {
            return (null, $"The file's content is not what its name says ({Path.GetExtension(fileName).ToLowerInvariant()}).");
        }

        var declared = declaredType?.Split(';')[0].Trim().ToLowerInvariant();
        if (declared is not (null or "" or "application/octet-stream") && declared != expected && !(Aliases.TryGetValue(expected, out var other) && other.Contains(declared)))
        {
            return (null, $"The file was sent as {declared}, but its content is {expected}.");
        }

        return (expected, null);
    }

    private static bool IsPlainText(byte[] content)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = utf8.GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsOfficeZip(byte[] content, string mainPart)
    {
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return false;
        }

        try
        {
            // Only the central directory is read: nothing is decompressed, so a zip bomb costs nothing here.
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("[Content_Types].xml") && names.Contains(mainPart);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
