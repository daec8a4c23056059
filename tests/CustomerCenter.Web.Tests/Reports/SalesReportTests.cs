using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;
using static CustomerCenter.Web.Tests.Reports.ReportPages;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>Sales by customer is the sum of the sales history, per document and per line, in every period and currency.</summary>
public sealed class SalesReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Sales_by_customer_equals_the_sum_of_the_sales_history_and_compares_with_the_period_before()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var api = await app.ApiAs(StaffRole.Finance);
        var items = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            var response = await admin.PostJsonAsync("/api/v1/items", new { sku = $"S-{Guid.NewGuid():N}"[..12], name = $"Item {i}", unitPrice = 10m + i, taxRate = 19m });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            items.Add((await response.ReadAsync()).Id());
        }

        var random = new Random(7);
        var customers = new[] { await api.CreateCustomerAsync(currency: "EUR"), await api.CreateCustomerAsync(currency: "EUR"), await api.CreateCustomerAsync(currency: "USD") };
        var start = new DateOnly(2025, 1, 1);
        for (var step = 0; step < 60; step++)
        {
            var customer = customers[random.Next(customers.Length)];
            var currency = customer.Str("currency");
            var date = Day(start.AddDays(step * 6));
            object[] lines = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new
            {
                itemId = items[random.Next(items.Count)], description = "Sold", quantity = random.Next(1, 9) + 0.5m, unitPrice = random.Next(3, 900) + 0.99m, taxRate = 19m,
                discountPercent = random.Next(3) == 0 ? 12.5m : 0m,
            })];
            var kind = random.Next(5) == 0 ? "credit-notes" : "invoices";
            var draft = await api.CreateDocumentAsync(kind, new { customerId = customer.Id(), currency, date, lines });
            if (random.Next(8) > 0)
            {
                await api.ActAsync(kind, draft.Id(), "post");
            }
        }

        var periods = new[] { (From: start, To: start.AddDays(179)), (From: start.AddDays(180), To: start.AddDays(359)), (From: start, To: start.AddDays(400)) };
        foreach (var (from, to) in periods)
        {
            var period = $"from={Day(from)}&to={Day(to)}";
            var (byCustomer, totals) = await api.AllAsync($"/api/v1/reports/sales-by-customer?{period}&compare=true");
            var (documents, documentTotals) = await api.AllAsync($"/api/v1/reports/sales-history?{period}");
            var (lines, _) = await api.AllAsync($"/api/v1/reports/sales-history?{period}&by=line");
            var previousDays = to.DayNumber - from.DayNumber + 1;
            var (previous, _) = await api.AllAsync($"/api/v1/reports/sales-history?from={Day(from.AddDays(-previousDays))}&to={Day(from.AddDays(-1))}");
            Assert.All(documents, d => Assert.InRange(DateOnly.Parse(d.Str("date"), System.Globalization.CultureInfo.InvariantCulture), from, to));

            foreach (var row in byCustomer)
            {
                bool Mine(System.Text.Json.Nodes.JsonNode r) => r["customerId"]!.GetValue<long>() == row["customerId"]!.GetValue<long>() && r.Str("currency") == row.Str("currency");
                Assert.Equal(documents.Where(Mine).Sum(d => d.Dec("net")), row.Dec("net"));
                Assert.Equal(lines.Where(Mine).Sum(d => d.Dec("net")), row.Dec("net"));
                Assert.Equal(documents.Where(Mine).Where(d => d.Str("kind") == "invoice").Sum(d => d.Dec("net")), row.Dec("invoiced"));
                Assert.Equal(previous.Where(Mine).Sum(d => d.Dec("net")), row.Dec("previousNet"));
                Assert.Equal(row.Dec("net") - row.Dec("previousNet"), row.Dec("change"));
            }

            foreach (var total in totals.Select(t => t!))
            {
                var currency = total.Str("currency");
                var historyTotal = documentTotals.Single(t => t!.Str("currency") == currency)!;
                Assert.Equal(historyTotal.Dec("net"), total.Dec("net"));
                var shares = byCustomer.Where(r => r.Str("currency") == currency).ToList();
                Assert.InRange(shares.Sum(r => r.Dec("sharePercent")), 99.9m, 100.1m);
                Assert.Equal(shares.OrderByDescending(r => r.Dec("net")).Select(r => r.Dec("net")), shares.OrderBy(r => r["rank"]!.GetValue<int>()).Select(r => r.Dec("net")));
            }

            var item = items[0];
            var (itemDocuments, _) = await api.AllAsync($"/api/v1/reports/sales-history?{period}&itemId={item}");
            var (itemLines, _) = await api.AllAsync($"/api/v1/reports/sales-history?{period}&itemId={item}&by=line");
            Assert.Equal(itemLines.Sum(l => l.Dec("net")), itemDocuments.Sum(d => d.Dec("net")));
            Assert.All(itemLines, l => Assert.Equal($"{itemLines[0].Str("itemSku")}", l.Str("itemSku")));
        }
    }

    [Fact]
    public async Task Open_orders_list_what_is_left_to_deliver_and_to_invoice_with_its_value()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync("Open Orders Buyer");
        var order = await api.CreateDocumentAsync("orders", customer.Id(), Line("Widget", 10, 3.33m), Line("Gadget", 3, 50m));
        var confirmed = await api.ActAsync("orders", order.Id(), "confirm");
        var widget = confirmed["lines"]![0]!["id"]!.GetValue<long>();
        await api.ActAsync("orders", order.Id(), "deliver", new { lines = new[] { new { lineId = widget, quantity = 4m } } }, HttpStatusCode.Created);
        await api.ActAsync("orders", order.Id(), "invoice", expected: HttpStatusCode.Created);
        var draft = await api.CreateDocumentAsync("orders", customer.Id(), Line("Not confirmed", 1, 1m));

        var report = await api.GetJsonAsync($"/api/v1/reports/open-orders?customerId={customer.Id()}");
        var items = report["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items, i => i!["orderId"]!.GetValue<long>() == draft.Id());
        var first = items.Single(i => i!.Str("description") == "Widget")!;
        Assert.Equal((10m, 4m, 4m, 6m, 6m), (first.Dec("quantity"), first.Dec("delivered"), first.Dec("invoiced"), first.Dec("toDeliver"), first.Dec("toInvoice")));
        Assert.Equal(Math.Round(33.30m * 6 / 10, 2, MidpointRounding.AwayFromZero), first.Dec("openValue"));
        Assert.Equal(items.Sum(i => i!.Dec("openValue")), report["totals"]![0]!.Dec("openValue"));
        Assert.Equal(1, report["totals"]![0]!["orders"]!.GetValue<int>());
    }
}
