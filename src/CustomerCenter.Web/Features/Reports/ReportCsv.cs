using System.Globalization;
using CustomerCenter.Web.Features.Export;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// Any report as CSV (RFC 4180, UTF-8): text cells neutralised against formulas by <see cref="CsvWriter"/>,
/// numbers and dates written plainly (a negative amount stays a number).
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task<byte[]> BuildAsync<T>(IReadOnlyList<ReportColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        await using (var text = new StreamWriter(stream, CsvWriter.Utf8, leaveOpen: true))
        {
            var csv = new CsvWriter(text);
            await csv.HeaderAsync([.. columns.Select(c => c.Header)]);
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    Write(csv, column.Kind, column.Value(row));
                }

                await csv.EndRowAsync();
            }
        }

        return stream.ToArray();
    }

    private static void Write(CsvWriter csv, ReportValueKind kind, object? value)
    {
        switch (kind)
        {
            case ReportValueKind.Amount or ReportValueKind.Percent:
                csv.Number(value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case ReportValueKind.Integer:
                csv.Number(value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ReportValueKind.Date:
                csv.Date((DateOnly?)value);
                break;
            default:
                csv.Text(value?.ToString());
                break;
        }
    }
}
