using System.Globalization;
using System.Net;
using CustomerCenter.Web.Tests.Infrastructure;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>
/// Writes a random but reproducible receivables history for one customer and currency through the API:
/// invoices with their own due dates, full, partial and over-payments, credit applied later, credit notes
/// against invoices and on account, reversals, cheques deposited and bounced, refunds.
/// </summary>
public sealed class ReceivablesHistory(HttpClient api, long customerId, string currency, int seed)
{
    private readonly Random _random = new(seed);
    private readonly List<long> _invoices = [];
    private readonly List<long> _payments = [];
    private readonly List<long> _creditNotes = [];
    private readonly int _decimals = currency == "JPY" ? 0 : 2;

    public async Task WriteAsync(DateOnly start, int steps, int daysPerStep)
    {
        for (var step = 0; step < steps; step++)
        {
            var date = start.AddDays(step * daysPerStep);
            var choice = _random.Next(12);
            switch (_invoices.Count == 0 && choice is 4 or 5 or 7 ? 0 : choice)
            {
                case <= 3:
                    await InvoiceAsync(date);
                    break;
                case 4 or 5:
                    await PayAsync(date, overpay: _random.Next(4) == 0);
                    break;
                case 6:
                    await RecordPaymentAsync(date, Amount(10, 400), []);
                    break;
                case 7:
                    await ApplyCreditAsync(date);
                    break;
                case 8:
                    await CreditNoteAsync(date);
                    break;
                case 9 when _payments.Count > 0:
                    await api.TryActAsync("payments", _payments[_random.Next(_payments.Count)], "reverse", new { date = Text(date) });
                    break;
                case 10:
                    await ChequeAsync(date);
                    break;
                default:
                    await RefundAsync(date);
                    break;
            }
        }
    }

    private async Task InvoiceAsync(DateOnly date)
    {
        var lines = Enumerable.Range(0, _random.Next(1, 4))
            .Select(_ => Line("Work", _random.Next(1, 5), Amount(5, 300), currency == "JPY" ? 0m : 19m)).ToArray();
        var draft = await api.CreateDocumentAsync("invoices", new { customerId, currency, date = Text(date), dueDate = Text(date.AddDays(_random.Next(0, 46))), lines });
        _invoices.Add((await api.ActAsync("invoices", draft.Id(), "post")).Id());
    }

    private async Task PayAsync(DateOnly date, bool overpay)
    {
        var allocations = new List<object>();
        decimal total = 0;
        foreach (var invoice in _invoices.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)))
        {
            var due = await api.AmountDueAsync(invoice);
            if (due <= 0)
            {
                continue;
            }

            var amount = _random.Next(3) == 0 ? due : Math.Max(Round(due * (decimal)_random.NextDouble()), Unit);
            allocations.Add(new { invoiceId = invoice, amount });
            total += amount;
        }

        if (total > 0 || overpay)
        {
            await RecordPaymentAsync(date, total + (overpay ? Amount(1, 100) : 0), allocations);
        }
    }

    private async Task RecordPaymentAsync(DateOnly date, decimal amount, List<object> allocations)
    {
        var response = await api.PostJsonAsync("/api/v1/payments", new { customerId, currency, date = Text(date), amount, method = "bankTransfer", allocations });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        _payments.Add((await response.ReadAsync()).Id());
    }

    private async Task ApplyCreditAsync(DateOnly date)
    {
        foreach (var payment in _payments.OrderBy(_ => _random.Next()))
        {
            var dto = await api.GetJsonAsync($"/api/v1/payments/{payment}");
            if (dto.Str("status") != "posted" || dto.Dec("unapplied") <= 0)
            {
                continue;
            }

            foreach (var invoice in _invoices.OrderBy(_ => _random.Next()))
            {
                var due = await api.AmountDueAsync(invoice);
                if (due > 0)
                {
                    var amount = Math.Min(due, dto.Dec("unapplied"));
                    await api.ActAsync("payments", payment, "allocations", new { date = Text(date), allocations = new[] { new { invoiceId = invoice, amount } } });
                    return;
                }
            }
        }
    }

    private async Task CreditNoteAsync(DateOnly date)
    {
        object body;
        if (_invoices.Count > 0 && _random.Next(2) == 0)
        {
            var invoice = _invoices[_random.Next(_invoices.Count)];
            var due = await api.AmountDueAsync(invoice);
            var net = currency == "JPY" ? Math.Floor(due / 2) : Math.Floor(due / 2 / 1.19m * 100) / 100;
            if (net < Unit)
            {
                return;
            }

            body = new { customerId, currency, invoiceId = invoice, date = Text(date), lines = new[] { Line("Credit", 1, net, currency == "JPY" ? 0m : 19m) } };
        }
        else
        {
            body = new { customerId, currency, date = Text(date), lines = new[] { Line("Goodwill", 1, Amount(5, 80), currency == "JPY" ? 0m : 19m) } };
        }

        var note = await api.CreateDocumentAsync("credit-notes", body);
        _creditNotes.Add((await api.ActAsync("credit-notes", note.Id(), "post")).Id());
    }

    private async Task ChequeAsync(DateOnly date)
    {
        var received = await api.PostJsonAsync("/api/v1/payments", new
        {
            customerId,
            currency,
            date = Text(date),
            amount = Amount(20, 200),
            method = "cheque",
            cheque = new { number = $"CH{_random.Next(100000)}", bank = "Test Bank" },
        });
        Assert.True(received.StatusCode == HttpStatusCode.Created, await received.Content.ReadAsStringAsync());
        var cheque = (await received.ReadAsync()).Id();
        if (_random.Next(4) == 0)
        {
            return;
        }

        await api.ActAsync("cheques", cheque, "deposit", new { date = Text(date.AddDays(2)) });
        _payments.Add(cheque);
        if (_random.Next(2) == 0)
        {
            await api.ActAsync("cheques", cheque, "bounce", new { date = Text(date.AddDays(_random.Next(3, 20))) });
        }
    }

    private async Task RefundAsync(DateOnly date)
    {
        foreach (var payment in _payments.OrderBy(_ => _random.Next()))
        {
            var dto = await api.GetJsonAsync($"/api/v1/payments/{payment}");
            if (dto.Str("status") == "posted" && dto.Dec("unapplied") > 0)
            {
                await PostRefundAsync(new { customerId, currency, date = Text(date), amount = Math.Max(Round(dto.Dec("unapplied") / 2), Unit), method = "bankTransfer", paymentId = payment });
                return;
            }
        }

        foreach (var note in _creditNotes)
        {
            var due = (await api.GetJsonAsync($"/api/v1/credit-notes/{note}")).Dec("amountDue");
            if (due > 0)
            {
                await PostRefundAsync(new { customerId, currency, date = Text(date), amount = due, method = "bankTransfer", creditNoteId = note });
                return;
            }
        }
    }

    private async Task PostRefundAsync(object body)
    {
        var response = await api.PostJsonAsync("/api/v1/refunds", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private decimal Unit => _decimals == 0 ? 1m : 0.01m;

    private decimal Amount(int min, int max) =>
        Round(_random.Next(min, max) * (currency == "JPY" ? 150 : 1) + (decimal)_random.NextDouble());

    private decimal Round(decimal value) => Math.Round(value, _decimals, MidpointRounding.ToZero);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
