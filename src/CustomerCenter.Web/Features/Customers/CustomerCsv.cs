using CustomerCenter.Web.Features.Export;

namespace CustomerCenter.Web.Features.Customers;

public static class CustomerCsv
{
    public static Task WriteAsync(HttpResponse response, IAsyncEnumerable<CustomerListItem> rows, CancellationToken ct) =>
        CsvResponse.WriteAsync(response, "customers.csv", async csv =>
        {
            await csv.HeaderAsync("Number", "Name", "Kind", "Email", "Phone", "City", "Country", "Currency", "VAT number", "Active", "Created", "Balance", "Projects");
            await foreach (var row in rows.WithCancellation(ct))
            {
                csv.Text(row.Number);
                csv.Text(row.Name);
                csv.Text(row.Kind.ToString().ToLowerInvariant());
                csv.Text(row.Email);
                csv.Text(row.Phone);
                csv.Text(row.City);
                csv.Text(row.Country);
                csv.Text(row.Currency);
                csv.Text(row.VatNumber);
                csv.Bool(row.IsActive);
                csv.Instant(row.CreatedAt);
                csv.Number(row.Balance);
                csv.Number(row.ProjectCount);
                await csv.EndRowAsync();
            }
        });
}
