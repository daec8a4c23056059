using CustomerCenter.Web.Features.Export;

namespace CustomerCenter.Web.Features.Reports;

/// <summary>Any report as CSV: text cells neutralised against formulas, numbers and dates written plainly.</summary>
public static class ReportCsv
{
    public static Task WriteAsync<T>(HttpResponse response, string fileName, IReadOnlyList<ReportColumn<T>> columns, IEnumerable<T> rows) =>
        CsvResponse.WriteAsync(response, fileName, async csv =>
        {
            await csv.HeaderAsync([.. columns.Select(c => c.Header)]);
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    var value = column.Value(row);
                    switch (column.Kind)
                    {
                        case ReportValueKind.Amount or ReportValueKind.Percent:
                            csv.Number(value is null ? null : Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case ReportValueKind.Integer:
                            csv.Number(value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case ReportValueKind.Date:
                            csv.Date((DateOnly?)value);
                            break;
                        default:
                            csv.Text(value?.ToString());
                            break;
                    }
                }

                await csv.EndRowAsync();
            }
        });
}
