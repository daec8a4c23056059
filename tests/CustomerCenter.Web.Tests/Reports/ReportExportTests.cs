using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Infrastructure.ApiPayments;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>The downloads: RFC 4180 CSV in UTF-8 with formulas neutralised, and .xlsx files with real numbers and dates.</summary>
public sealed class ReportExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Dangerous = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "Comma, \"Quoted\" Ölfirma"];

    [Fact]
    public async Task Csv_is_rfc4180_utf8_and_neutralises_cells_a_spreadsheet_would_run()
    {
        var (api, customers) = await CustomersWithInvoicesAsync();
        foreach (var request in new[] { Get("/api/v1/reports/aging?format=csv"), Get("/api/v1/reports/aging", "text/csv") })
        {
            var response = await api.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
            Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            var records = Csv.Parse(text);
            Assert.Equal(["Customer number", "Customer", "Currency", "Current", "1–30", "31–60", "61–90", "Over 90", "Total"], records[0]);
            var names = records.Skip(1).Select(r => r[1]).ToList();
            Assert.Contains("'=1+2", names);
            Assert.Contains("'+SUM(A1)", names);
            Assert.Contains("'-2+3", names);
            Assert.Contains("'@cmd", names);
            Assert.Contains("Comma, \"Quoted\" Ölfirma", names);
            // Numbers stay numbers, negative ones included (a credit in Current).
            var credited = records.Single(r => r[1] == "'-2+3");
            Assert.Equal("-15.50", credited[3]);
            Assert.All(records.Skip(1), r => Assert.All(r[3..], cell => decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
        }

        var json = await api.GetJsonAsync("/api/v1/reports/aging");
        Assert.Equal(customers.Count, json["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Xlsx_opens_with_numbers_as_numbers_and_dates_as_dates()
    {
        var (api, _) = await CustomersWithInvoicesAsync();
        var response = await api.GetAsync(new Uri("/api/v1/reports/open-invoices?format=xlsx&show=all", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var json = await api.GetJsonAsync("/api/v1/reports/open-invoices?show=all&pageSize=200");

        using var file = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = file.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var numberFormats = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var rows = sheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList();
        Assert.Equal(["Number", "Kind", "Customer number", "Customer", "Currency", "Date", "Due date", "Amount", "Open", "Days overdue"], header);
        Assert.Equal(json["items"]!.AsArray().Count, rows.Count - 1);
        Assert.Empty(sheet.Descendants<CellFormula>());

        foreach (var (row, item) in rows.Skip(1).Zip(json["items"]!.AsArray().Select(i => i!)))
        {
            var cells = row.Elements<Cell>().ToList();
            Assert.Equal(item.Str("number"), cells[0].InlineString!.InnerText);
            Assert.Equal(item.Str("customerName"), cells[3].InlineString!.InnerText);

            var date = cells[5];
            Assert.Equal(CellValues.Number, date.DataType!.Value);
            var dateFormat = numberFormats[formats[(int)date.StyleIndex!.Value].NumberFormatId!.Value];
            Assert.Equal("yyyy-mm-dd", dateFormat);
            Assert.Equal(DateOnly.Parse(item.Str("date"), CultureInfo.InvariantCulture), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(date.CellValue!.Text, CultureInfo.InvariantCulture))));

            var open = cells[8];
            Assert.Equal(CellValues.Number, open.DataType!.Value);
            Assert.Equal(item.Dec("open"), decimal.Parse(open.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
            Assert.Equal("#,##0.00", numberFormats[formats[(int)open.StyleIndex!.Value].NumberFormatId!.Value]);
        }
    }

    [Theory]
    [InlineData("aging?asOf=2025-02-30", "asOf")]
    [InlineData("aging?buckets=60,30", "buckets")]
    [InlineData("aging?basis=ship", "basis")]
    [InlineData("aging?sort=col9", "sort")]
    [InlineData("aging?format=pdf", "format")]
    [InlineData("customer-balances?currency=EURO", "currency")]
    [InlineData("customer-balances?withBalance=maybe", "withBalance")]
    [InlineData("open-invoices?dueFrom=2025-03-01&dueTo=2025-02-01", "dueTo")]
    [InlineData("open-invoices?show=some", "show")]
    [InlineData("sales-history?from=2025-03-01&to=2025-01-01", "to")]
    [InlineData("sales-history?by=week", "by")]
    [InlineData("sales-by-customer?from=1999-12-31", "from")]
    [InlineData("cheques?status=lost", "status")]
    [InlineData("contacts?pageSize=500", "pageSize")]
    public async Task Bad_report_parameters_answer_400_naming_the_field(string query, string field)
    {
        var api = await app.ApiAs(StaffRole.Viewer);
        var response = await api.GetAsync(new Uri($"/api/v1/reports/{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
    }

    private static HttpRequestMessage Get(string url, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return request;
    }

    private async Task<(HttpClient Api, List<long> Customers)> CustomersWithInvoicesAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var api = await app.ApiAs(StaffRole.Finance);
        var ids = await app.WithDbAsync(db => Task.FromResult(db.Customers.Where(c => Dangerous.Contains(c.Name)).Select(c => c.Id).ToList()));
        if (ids.Count == Dangerous.Length)
        {
            return (api, ids);
        }

        foreach (var name in Dangerous)
        {
            var customer = await api.CreateCustomerAsync(name);
            var invoice = await api.ActAsync("invoices", (await api.CreateDocumentAsync("invoices", new { customerId = customer.Id(), date = "2025-03-01", dueDate = "2025-03-31", lines = new[] { Line("Work", 2, 50.25m, 0m) } })).Id(), "post");
            if (name == "-2+3")
            {
                await api.RecordPaymentAsync(new { customerId = customer.Id(), date = "2025-04-01", amount = 116m, method = "bankTransfer", allocations = new[] { new { invoiceId = invoice.Id(), amount = 100.5m } } });
            }

            ids.Add(customer.Id());
        }

        return (api, ids);
    }
}
