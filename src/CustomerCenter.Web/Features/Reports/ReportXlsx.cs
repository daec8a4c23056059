using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Any report as an .xlsx workbook: numbers are numeric cells (amounts shown with as many decimals as they carry:
/// none for JPY, two for EUR, three for KWD), dates are real date cells (serial numbers with a date format), text is
/// inline strings — so a spreadsheet can sum and sort them, and nothing typed by a user is ever a formula. Rows are
/// streamed into the sheet with <see cref="OpenXmlWriter"/>, so a large export never holds a document tree in memory.
/// </summary>
public static class ReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint PercentStyle = 3;

    /// <summary>Amount styles by decimals 0 to 4; more decimals use the last.</summary>
    private const uint FirstAmountStyle = 4;

    private static readonly DateTime SerialEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public static byte[] Build<T>(string sheetName, IReadOnlyList<ReportColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }));
                writer.WriteElement(new Columns([.. columns.Select((c, i) => new Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Kind == ReportValueKind.Text ? 28 : 14, CustomWidth = true,
                })]));
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(new Row(columns.Select(c => Text(c.Header, HeaderStyle))));
                foreach (var row in rows)
                {
                    writer.WriteElement(new Row(columns.Select(c => CellFor(c.Kind, c.Value(row)))));
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(sheetName) });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell CellFor(ReportValueKind kind, object? value) => value switch
    {
        null => new Cell(),
        DateOnly date when kind == ReportValueKind.Date => Number((date.ToDateTime(TimeOnly.MinValue) - SerialEpoch).TotalDays, DateStyle),
        _ when kind is ReportValueKind.Amount or ReportValueKind.Integer or ReportValueKind.Percent =>
            Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture), kind),
        _ => Text(value.ToString() ?? "", 0),
    };

    private static Cell Number(decimal value, ReportValueKind kind) => Number(
        value,
        kind switch
        {
            ReportValueKind.Amount => FirstAmountStyle + (uint)Math.Min((int)value.Scale, 4),
            ReportValueKind.Percent => PercentStyle,
            _ => 0,
        });

    private static Cell Number(IFormattable value, uint style) => new()
    {
        CellValue = new CellValue(value.ToString(null, CultureInfo.InvariantCulture)),
        DataType = CellValues.Number,
        StyleIndex = style,
    };

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    /// <summary>XML 1.0 can't carry most control characters; a name that holds one would make the file unreadable.</summary>
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : string.Concat(text.Where(XmlConvert.IsXmlChar));

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        var clean = string.Concat(name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')));
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        string[] amountFormats = ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000"];
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                [new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
                 new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00\"%\"" },
                 .. amountFormats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(166 + i), FormatCode = f })])
            { Count = (uint)(2 + amountFormats.Length) },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                [new CellFormat(),
                 new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                 new CellFormat { FontId = 1, ApplyFont = true },
                 new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                 .. amountFormats.Select((_, i) => new CellFormat { NumberFormatId = (uint)(166 + i), ApplyNumberFormat = true })])
            { Count = (uint)(4 + amountFormats.Length) });
    }
}
