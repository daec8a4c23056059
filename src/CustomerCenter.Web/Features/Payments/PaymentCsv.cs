using CustomerCenter.Web.Features.Export;

namespace CustomerCenter.Web.Features.Payments;

public static class PaymentCsv
{
    public static Task WriteAsync(HttpResponse response, IAsyncEnumerable<PaymentListItem> rows, CancellationToken ct) =>
        CsvResponse.WriteAsync(response, "payments.csv", async csv =>
        {
            await csv.HeaderAsync("Number", "Date", "Customer", "Method", "Reference", "Cheque", "Status", "Currency", "Amount", "Unapplied");
            await foreach (var row in rows.WithCancellation(ct))
            {
                csv.Text(row.Number);
                csv.Date(row.Date);
                csv.Text(row.CustomerName);
                csv.Text(row.Method.ToString());
                csv.Text(row.Reference);
                csv.Text(row.ChequeNumber);
                csv.Text(row.Status.ToString());
                csv.Text(row.Currency);
                csv.Number(row.Amount);
                csv.Number(row.Unapplied);
                await csv.EndRowAsync();
            }
        });
}
