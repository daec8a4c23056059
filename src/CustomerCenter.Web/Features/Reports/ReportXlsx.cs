using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Any report as an .xlsx workbook: numbers are numeric cells (amounts with two-or-more-decimal format),
/// dates are real date cells (serial numbers with a date format), text is inline strings — so a
/// spreadsheet can sum and sort them, and nothing typed by a user is ever a formula.
/// </summary>
public static class ReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint DateStyle = 1;
    private const uint AmountStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint PercentStyle = 4;

    public static byte[] Build<T>(string sheetName, IReadOnlyList<ReportColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var header = new Row();
            foreach (var column in columns)
            {
                header.Append(Text(column.Header, HeaderStyle));
            }

            data.Append(header);
            foreach (var row in rows)
            {
                var line = new Row();
                foreach (var column in columns)
                {
                    line.Append(CellFor(column.Kind, column.Value(row)));
                }

                data.Append(line);
            }

            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns([.. columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Kind == ReportValueKind.Text ? 28 : 14, CustomWidth = true })]),
                data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell CellFor(ReportValueKind kind, object? value) => value switch
    {
        null => new Cell(),
        DateOnly date when kind == ReportValueKind.Date => new Cell
        {
            CellValue = new CellValue((date.ToDateTime(TimeOnly.MinValue) - new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified)).TotalDays.ToString(CultureInfo.InvariantCulture)),
            DataType = CellValues.Number,
            StyleIndex = DateStyle,
        },
        _ when kind is ReportValueKind.Amount or ReportValueKind.Integer or ReportValueKind.Percent => new Cell
        {
            CellValue = new CellValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
            DataType = CellValues.Number,
            StyleIndex = kind switch { ReportValueKind.Amount => AmountStyle, ReportValueKind.Percent => PercentStyle, _ => 0 },
        },
        _ => Text(value.ToString() ?? "", 0),
    };

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.00##" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "0.0\"%\"" })
            { Count = 3 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true })
            { Count = 5 });
    }
}
