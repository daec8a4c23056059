using System.Globalization;
using System.Text.Json;
using CustomerCenter.Domain;
using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Sales;
using LedgerEntryKind = CustomerCenter.Domain.Receivables.LedgerEntryKind;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// One customer's sales orders, posted invoices and payments, with the rows the app writes beside them: the
/// ledger entries with their open state, the allocations and (for the big customer) the timeline. Amounts come
/// from the app's <see cref="LineCalculator"/>, due dates from <see cref="DueDate"/>, statuses from the domain's
/// life cycles; each customer has its own random stream (seed and customer id), so the same seed gives the same data.
/// </summary>
internal sealed class DocumentFaker(int seed, DateOnly windowStart, DateOnly until, DocumentIds ids, DocumentNumbers numbers, string actor)
{
    private static readonly string[] ChequeBanks = ["Deutsche Bank", "BNP Paribas", "Chase", "Barclays", "Santander", "UniCredit", "ING", "MUFG"];

    public CustomerDocuments Generate(BenchCustomer customer, int invoiceCount, int orderCount, int paymentCount, bool withActivity)
    {
        var random = new Random(unchecked(seed * 1_000_003 + (int)customer.Id));
        var result = new CustomerDocuments(customer);
        var since = customer.Since < windowStart ? windowStart : customer.Since > until ? until : customer.Since;
        var invoices = new List<SalesDocument>(invoiceCount);

        for (var i = 0; i < orderCount; i++)
        {
            var date = RandomDate(random, since, until);
            var order = NewDocument(customer, DocumentKind.SalesOrder, date, RandomLines(random, customer));
            var roll = random.NextDouble();
            var status = roll switch
            {
                < 0.10 => OrderStatus.Draft,
                < 0.15 => OrderStatus.Submitted,
                < 0.40 => OrderStatus.Confirmed,
                < 0.90 when invoices.Count < invoiceCount => OrderStatus.Invoiced,
                < 0.90 => OrderStatus.Confirmed,
                _ => OrderStatus.Cancelled,
            };
            order.Status = DocumentStatuses.Of(status);
            order.SubmittedByCustomer = status == OrderStatus.Submitted;
            order.CreatedAt = At(random, date);
            order.UpdatedAt = order.CreatedAt;
            // Confirming numbers the order; an order cancelled from its draft never got one.
            var confirmed = status is OrderStatus.Confirmed or OrderStatus.Invoiced || (status == OrderStatus.Cancelled && random.Next(2) == 0);
            if (confirmed)
            {
                order.Number = numbers.Orders.Take(date);
                order.Version = 1;
                order.UpdatedAt = order.CreatedAt.AddMinutes(random.Next(5, 600));
            }

            if (status == OrderStatus.Cancelled)
            {
                order.Version++;
                order.UpdatedAt = order.UpdatedAt.AddHours(random.Next(1, 72));
            }

            result.Documents.Add(order);
            if (status == OrderStatus.Invoiced)
            {
                // "Invoice all" (prepayment): every line invoiced ahead of delivery, which leaves the order Invoiced.
                foreach (var line in order.Lines)
                {
                    line.InvoicedMilli = line.QuantityMilli;
                }

                order.Version++;
                var invoiceDate = Min(date.AddDays(random.Next(0, 15)), until);
                var invoice = NewDocument(customer, DocumentKind.Invoice, invoiceDate, [.. order.Lines.Select(l => new SalesDocumentLine
                {
                    Position = l.Position,
                    ItemId = l.ItemId,
                    Description = l.Description,
                    Unit = l.Unit,
                    QuantityMilli = l.QuantityMilli,
                    UnitPrice = l.UnitPrice,
                    DiscountPercent = l.DiscountPercent,
                    TaxRate = l.TaxRate,
                    SourceLineId = l.Id,
                })]);
                invoice.SourceId = order.Id;
                invoice.Reference = order.Reference;
                order.UpdatedAt = Max(At(random, invoiceDate), order.UpdatedAt);
                invoices.Add(invoice);
            }
        }

        while (invoices.Count < invoiceCount)
        {
            invoices.Add(NewDocument(customer, DocumentKind.Invoice, RandomDate(random, since, until), RandomLines(random, customer)));
        }

        invoices.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id));
        var invoiceEntries = new Dictionary<long, LedgerEntry>(invoices.Count);
        foreach (var invoice in invoices)
        {
            Post(random, customer, invoice);
            invoiceEntries[invoice.Id] = NewEntry(customer, invoice.Date, LedgerEntryKind.Invoice, invoice.Number!, invoice.TotalMinor, invoice.PostedAt!.Value,
                documentId: invoice.Id, dueDate: invoice.DueDate);
            result.Documents.Add(invoice);
        }

        var settlements = new List<(LedgerEntry Debit, LedgerEntry Credit, long Amount, DateOnly Date)>();
        var payments = Pay(random, customer, since, invoices, paymentCount, invoiceEntries, settlements);

        // The ledger in the order the app would have written it: by date, a day's invoices before its payments.
        var ledger = invoiceEntries.Values.Concat(payments.Select(p => p.Entry))
            .OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.CreatedAt).ToList();
        foreach (var entry in ledger)
        {
            entry.Id = ids.Ledger.Take();
        }

        foreach (var (debit, credit, amount, date) in settlements)
        {
            result.Allocations.Add(new Allocation
            {
                Id = ids.Allocations.Take(),
                CustomerId = customer.Id,
                Currency = customer.Currency,
                DebitEntryId = debit.Id,
                CreditEntryId = credit.Id,
                AmountMinor = amount,
                Date = date,
                CreatedAt = credit.CreatedAt,
            });
            Move(debit, -amount, date);
            Move(credit, amount, date);
        }

        foreach (var invoice in invoices)
        {
            invoice.OpenMinor = invoiceEntries[invoice.Id].OpenMinor;
            invoice.Status = DocumentStatuses.Of(InvoiceLifecycle.StatusFor(new Money(invoice.TotalMinor, invoice.Currency), new Money(invoice.OpenMinor, invoice.Currency)));
        }

        result.Ledger.AddRange(ledger);
        result.Payments.AddRange(payments.Select(p => p.Payment));
        if (withActivity)
        {
            AddActivity(result);
        }

        return result;
    }

    /// <summary>As LedgerWriter.SettleAsync moves an entry: open by the amount, last settled on the latest date, closed when nothing is open.</summary>
    private static void Move(LedgerEntry entry, long delta, DateOnly date)
    {
        entry.OpenMinor += delta;
        entry.LastSettledOn = entry.LastSettledOn is { } last && last >= date ? last : date;
        entry.ClosedOn = entry.OpenMinor == 0 ? entry.LastSettledOn : null;
    }

    private List<(Payment Payment, LedgerEntry Entry)> Pay(
        Random random, BenchCustomer customer, DateOnly since, List<SalesDocument> invoices, int count,
        Dictionary<long, LedgerEntry> invoiceEntries, List<(LedgerEntry, LedgerEntry, long, DateOnly)> settlements)
    {
        var open = invoices.ToDictionary(i => i.Id, i => i.TotalMinor);
        var lastPaid = new Dictionary<long, DateOnly>();
        var result = new List<(Payment, LedgerEntry)>(count);
        var next = 0;
        var unit = Currency.Get(customer.Currency).MinorPerMajor;
        for (var p = 0; p < count; p++)
        {
            var roll = random.NextDouble();
            var planned = new List<(SalesDocument Invoice, long Amount)>();
            DateOnly date;
            long amount;
            if (roll < 0.08 || next >= invoices.Count)
            {
                // On account: a round amount, applied to nothing.
                date = RandomDate(random, since, until);
                amount = random.Next(1, 40) * 50 * unit;
            }
            else
            {
                var invoice = invoices[next];
                var earliest = lastPaid.TryGetValue(invoice.Id, out var previous) && previous > invoice.Date ? previous : invoice.Date;
                date = Min(Max(invoice.Date.AddDays(random.Next(0, customer.PaymentTermsDays + 30)), earliest), until);
                if (roll < 0.20 && open[invoice.Id] > 1)
                {
                    var part = Math.Max(1, (long)(open[invoice.Id] * (0.2 + 0.6 * random.NextDouble())));
                    planned.Add((invoice, part));
                    lastPaid[invoice.Id] = date;
                }
                else if (roll < 0.30 && next + 1 < invoices.Count)
                {
                    var second = invoices[next + 1];
                    date = Max(date, second.Date);
                    planned.Add((invoice, open[invoice.Id]));
                    planned.Add((second, open[second.Id]));
                    next += 2;
                }
                else
                {
                    planned.Add((invoice, open[invoice.Id]));
                    next++;
                }

                amount = planned.Sum(a => a.Amount);
                if (roll > 0.98)
                {
                    // Paid a little too much: the rest stays as credit on the payment.
                    amount += random.Next(1, 100) * unit;
                }
            }

            var method = random.NextDouble() switch
            {
                < 0.60 => PaymentMethod.BankTransfer,
                < 0.80 => PaymentMethod.Card,
                < 0.85 => PaymentMethod.Cash,
                < 0.95 => PaymentMethod.Cheque,
                _ => PaymentMethod.Other,
            };
            var createdAt = At(random, date);
            var payment = new Payment
            {
                Id = ids.Payments.Take(),
                Number = numbers.Payments.Take(date),
                CustomerId = customer.Id,
                Date = date,
                AmountMinor = amount,
                Currency = customer.Currency,
                Method = method,
                Reference = method == PaymentMethod.BankTransfer && planned.Count > 0 ? string.Join(" ", planned.Select(a => a.Invoice.Number)) : null,
                Status = PaymentStatus.Posted,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
            };
            var postedOn = date;
            var postedAt = createdAt;
            if (method == PaymentMethod.Cheque)
            {
                // Received, then deposited: the ledger and the allocations date from the deposit.
                postedOn = Min(date.AddDays(random.Next(0, 4)), until);
                postedAt = Max(At(random, postedOn), createdAt);
                payment.ChequeNumber = random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
                payment.ChequeBank = ChequeBanks[random.Next(ChequeBanks.Length)];
                payment.ChequeDate = date;
                payment.DepositedOn = postedOn;
                payment.PlannedAllocations = JsonSerializer.Serialize(planned.Select(a => new PlannedAllocation(a.Invoice.Id, a.Amount)));
                payment.UpdatedAt = postedAt;
                payment.Version = 1;
            }

            var entry = NewEntry(customer, postedOn, LedgerEntryKind.Payment, payment.Number, -amount, postedAt, paymentId: payment.Id);
            long applied = 0;
            foreach (var (invoice, part) in planned)
            {
                open[invoice.Id] -= part;
                invoice.Version++;
                applied += part;
                settlements.Add((invoiceEntries[invoice.Id], entry, part, Max(postedOn, invoice.Date)));
            }

            payment.UnappliedMinor = amount - applied;
            result.Add((payment, entry));
        }

        return result;
    }

    private void Post(Random random, BenchCustomer customer, SalesDocument invoice)
    {
        invoice.Number = numbers.Invoices.Take(invoice.Date);
        invoice.DueDate = DueDate.From(invoice.Date, customer.PaymentTermsDays);
        invoice.CreatedAt = At(random, invoice.Date);
        invoice.PostedAt = invoice.CreatedAt.AddMinutes(random.Next(1, 240));
        invoice.UpdatedAt = invoice.PostedAt.Value;
        invoice.OpenMinor = invoice.TotalMinor;
        invoice.Version = 1;
    }

    private SalesDocument NewDocument(BenchCustomer customer, DocumentKind kind, DateOnly date, List<SalesDocumentLine> lines)
    {
        var document = new SalesDocument
        {
            Id = ids.Documents.Take(),
            Kind = kind,
            CustomerId = customer.Id,
            CustomerName = customer.Name,
            CustomerVatNumber = customer.VatNumber,
            Language = customer.Language,
            Date = date,
            Currency = customer.Currency,
            BillingAddress = customer.BillingAddress,
            ShippingAddress = customer.ShippingAddress,
            Lines = lines,
        };
        var totals = LineCalculator.Totals(
            [.. lines.Select(l => new LineInput(Milli.ToDecimal(l.QuantityMilli), l.UnitPrice, l.DiscountPercent, l.TaxRate))], customer.Currency);
        if (!totals.IsSuccess)
        {
            throw new InvalidOperationException($"Generated lines the app refuses: {string.Join("; ", totals.Errors.Messages.Select(m => m.ToString()))}");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].Id = ids.Lines.Take();
            lines[i].DocumentId = document.Id;
            lines[i].NetMinor = totals.Value.Lines[i].Net.Minor;
            lines[i].TaxMinor = totals.Value.Lines[i].Tax.Minor;
        }

        document.SubtotalMinor = totals.Value.Net.Minor;
        document.TaxMinor = totals.Value.Tax.Minor;
        document.TotalMinor = totals.Value.Gross.Minor;
        return document;
    }

    private static List<SalesDocumentLine> RandomLines(Random random, BenchCustomer customer)
    {
        var count = random.Next(1, 5);
        var lines = new List<SalesDocumentLine>(count);
        var rate = TaxRateOf(customer.BillingAddress.Country);
        var exponent = Currency.Get(customer.Currency).Exponent;
        for (var i = 0; i < count; i++)
        {
            var item = CatalogLine.All[random.Next(CatalogLine.All.Length)];
            var price = customer.Currency switch
            {
                "EUR" => item.PriceEur,
                "USD" => Math.Round(item.PriceEur * 1.08m, exponent, MidpointRounding.AwayFromZero),
                "GBP" => Math.Round(item.PriceEur * 0.86m, exponent, MidpointRounding.AwayFromZero),
                "JPY" => Math.Round(item.PriceEur * 162m, exponent, MidpointRounding.AwayFromZero),
                _ => item.PriceEur,
            };
            var quantity = item.Fractional ? random.Next(1, 80) * 0.25m : random.Next(1, 12);
            lines.Add(new SalesDocumentLine
            {
                Position = i + 1,
                Description = item.Description,
                Unit = item.Unit,
                QuantityMilli = Milli.From(quantity),
                UnitPrice = price,
                DiscountPercent = random.Next(10) == 0 ? random.Next(1, 5) * 2.5m : 0m,
                TaxRate = rate,
            });
        }

        return lines;
    }

    private static decimal TaxRateOf(string? country) => country switch
    {
        "DE" => 19m,
        "FR" or "GB" => 20m,
        "ES" or "NL" => 21m,
        "IT" => 22m,
        "JP" => 10m,
        _ => 0m,
    };

    private LedgerEntry NewEntry(
        BenchCustomer customer, DateOnly date, LedgerEntryKind kind, string reference, long amount, DateTime createdAt,
        long? documentId = null, long? paymentId = null, DateOnly? dueDate = null) => new()
        {
            CustomerId = customer.Id,
            Currency = customer.Currency,
            Date = date,
            Kind = kind,
            DocumentId = documentId,
            PaymentId = paymentId,
            Reference = reference,
            AmountMinor = amount,
            DueDate = dueDate,
            OpenMinor = amount,
            CreatedAt = createdAt,
        };

    /// <summary>The timeline lines the app's audit trail would have written (ActivityFromAudit): created, then each status move.</summary>
    private void AddActivity(CustomerDocuments result)
    {
        var entries = new List<ActivityEntry>();
        foreach (var d in result.Documents)
        {
            var name = DocumentPaths.Singular(d.Kind);
            var total = new Money(d.TotalMinor, d.Currency).Format();
            entries.Add(Line(d.CustomerId, d.CreatedAt, ActivityKind.Document, $"{name} (draft) created · {total}", "SalesDocument", d.Id));
            if (d.Number is not null && d.Status != DocumentStatuses.Draft)
            {
                var status = d.Kind == DocumentKind.Invoice ? "posted" : d.Status;
                entries.Add(Line(d.CustomerId, d.PostedAt ?? d.UpdatedAt, ActivityKind.Document, $"{name} {d.Number} {ActivityText.Humanize(status)} · {total}", "SalesDocument", d.Id));
            }
        }

        foreach (var p in result.Payments)
        {
            var what = p.Method == PaymentMethod.Cheque ? "Cheque" : "Payment";
            var amount = new Money(p.AmountMinor, p.Currency).Format();
            entries.Add(Line(p.CustomerId, p.CreatedAt, ActivityKind.Payment, $"{what} {p.Number} received · {amount}", "Payment", p.Id));
            if (p.DepositedOn is not null)
            {
                entries.Add(Line(p.CustomerId, p.UpdatedAt, ActivityKind.Payment, $"{what} {p.Number} deposited · {amount}", "Payment", p.Id));
            }
        }

        foreach (var entry in entries.OrderBy(e => e.At))
        {
            entry.Id = ids.Activity.Take();
            result.Activity.Add(entry);
        }
    }

    private ActivityEntry Line(long customerId, DateTime at, ActivityKind kind, string summary, string subjectType, long subjectId) => new()
    {
        CustomerId = customerId,
        At = at,
        Kind = kind,
        Actor = actor,
        Summary = ActivityText.Truncate(summary, ActivityLimits.Summary)!,
        SubjectType = subjectType,
        SubjectId = subjectId,
    };

    private static DateOnly RandomDate(Random random, DateOnly from, DateOnly to) => from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    /// <summary>Office hours, UTC.</summary>
    private static DateTime At(Random random, DateOnly date) =>
        date.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc).AddSeconds(random.Next(0, 10 * 3600));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>The shape PaymentService stores in <see cref="Payment.PlannedAllocations"/>.</summary>
    private sealed record PlannedAllocation(long InvoiceId, long AmountMinor);
}

internal sealed record DocumentIds(IdBlock Documents, IdBlock Lines, IdBlock Payments, IdBlock Ledger, IdBlock Allocations, IdBlock Activity);

internal sealed record DocumentNumbers(SequenceCounters Invoices, SequenceCounters Orders, SequenceCounters Payments);
