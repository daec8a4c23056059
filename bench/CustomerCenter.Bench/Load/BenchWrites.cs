using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// The writes issues 4 and 5 time through the API: posting an invoice (its draft made first, untimed) and
/// recording a payment allocated to two open invoices. Amounts are the smallest the currency allows, so
/// many rounds still find the invoices open.
/// </summary>
internal static class BenchWrites
{
    /// <summary>The reference on every invoice and payment the bench writes.</summary>
    public const string Reference = "bench";

    public static DocumentInput Draft(Subjects s) => new()
    {
        CustomerId = s.PayingCustomer,
        Reference = Reference,
        Lines = [new DocumentLineInput { Description = "Bench line", Quantity = 1, UnitPrice = 10, TaxRate = s.TaxPercent }],
    };

    public static PaymentInput Payment(Subjects s, DateOnly today)
    {
        var unit = s.PayingCurrency == "JPY" ? 1m : 0.01m;
        return new PaymentInput
        {
            CustomerId = s.PayingCustomer,
            Date = today,
            Amount = unit * s.OpenInvoices.Count,
            Currency = s.PayingCurrency,
            Method = PaymentMethod.BankTransfer,
            Reference = Reference,
            Allocations = [.. s.OpenInvoices.Select(id => new AllocationInput { InvoiceId = id, Amount = unit })],
        };
    }

    public static async Task<TimeSpan> PostInvoiceAsync(AppClients clients, Subjects s, CancellationToken ct)
    {
        var draft = Draft(s);
        var body = new
        {
            customerId = draft.CustomerId,
            reference = draft.Reference,
            lines = draft.Lines!.Select(l => new { description = l.Description, quantity = l.Quantity, unitPrice = l.UnitPrice, taxRate = l.TaxRate }),
        };
        long id;
        using (var created = await clients.Api.PostAsJsonAsync(new Uri("/api/v1/invoices", UriKind.Relative), body, ct))
        {
            using var json = JsonDocument.Parse(await Expect(created, HttpStatusCode.Created, ct));
            id = json.RootElement.GetProperty("id").GetInt64();
        }

        var start = Stopwatch.GetTimestamp();
        using var posted = await clients.Api.PostAsync(new Uri($"/api/v1/invoices/{id.ToString(CultureInfo.InvariantCulture)}/post", UriKind.Relative), null, ct);
        await Expect(posted, HttpStatusCode.OK, ct);
        return Stopwatch.GetElapsedTime(start);
    }

    public static async Task<TimeSpan> RecordPaymentAsync(AppClients clients, Subjects s, DateOnly today, CancellationToken ct)
    {
        var input = Payment(s, today);
        var body = new
        {
            customerId = input.CustomerId,
            date = input.Date,
            amount = input.Amount,
            currency = input.Currency,
            method = "bankTransfer",
            reference = input.Reference,
            allocations = input.Allocations!.Select(a => new { invoiceId = a.InvoiceId, amount = a.Amount }),
        };
        var start = Stopwatch.GetTimestamp();
        using var response = await clients.Api.PostAsJsonAsync(new Uri("/api/v1/payments", UriKind.Relative), body, ct);
        await Expect(response, HttpStatusCode.Created, ct);
        return Stopwatch.GetElapsedTime(start);
    }

    private static async Task<string> Expect(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return response.StatusCode == expected
            ? text
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: HTTP {(int)response.StatusCode} {text}");
    }
}
