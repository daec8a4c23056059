using CustomerCenter.Web.Features.Export;

namespace CustomerCenter.Web.Features.Sales;

public static class DocumentCsv
{
    public static Task WriteAsync(HttpResponse response, DocumentKind kind, IAsyncEnumerable<DocumentListItem> rows, CancellationToken ct) =>
        CsvResponse.WriteAsync(response, $"{DocumentPaths.Segment(kind)}.csv", async csv =>
        {
            await csv.HeaderAsync("Number", "Status", "Customer", "Date", "Due date", "Reference", "Currency", "Total", "Amount due");
            await foreach (var row in rows.WithCancellation(ct))
            {
                csv.Text(row.Number ?? "(draft)");
                csv.Text(row.IsOverdue ? "overdue" : row.Status);
                csv.Text(row.CustomerName);
                csv.Date(row.Date);
                csv.Date(row.DueDate);
                csv.Text(row.Reference);
                csv.Text(row.Currency);
                csv.Number(row.Total);
                csv.Number(row.AmountDue);
                await csv.EndRowAsync();
            }
        });
}
