using Bogus;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Items;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;
using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.DemoData;

/// <summary>
/// Demo company, tax rates, items and about a year and a half of sales documents for the demo
/// customers, made through <see cref="SalesDocumentService"/> so numbers, ledger and links are real.
/// </summary>
public sealed class DemoSalesSeeder(AppDbContext db, SalesDocumentService documents, PaymentService payments, RefundService refunds)
{
    private static readonly (string Sku, string Name, string Unit, decimal Price, decimal Tax)[] Catalog =
    [
        ("SVC-CONSULT", "Consulting (hour)", "h", 120m, 19m),
        ("SVC-TRAINING", "On-site training (day)", "day", 950m, 19m),
        ("SVC-SUPPORT", "Support plan (month)", "month", 249m, 19m),
        ("SVC-INSTALL", "Installation", "pcs", 180m, 19m),
        ("HW-ROUTER-X2", "Router X2", "pcs", 349m, 19m),
        ("HW-SWITCH-24", "Switch 24 ports", "pcs", 429.90m, 19m),
        ("HW-CABLE-5M", "Network cable 5 m", "pcs", 7.49m, 19m),
        ("HW-RACK-42U", "Server rack 42U", "pcs", 1290m, 19m),
        ("HW-UPS-1500", "UPS 1500 VA", "pcs", 389m, 19m),
        ("HW-LAPTOP-14", "Laptop 14\"", "pcs", 1149m, 19m),
        ("HW-MONITOR-27", "Monitor 27\"", "pcs", 289m, 19m),
        ("HW-DOCK-USBC", "USB-C dock", "pcs", 159m, 19m),
        ("SW-OFFICE-Y", "Office suite licence (year)", "pcs", 99m, 19m),
        ("SW-BACKUP-TB", "Cloud backup (TB per month)", "TB", 12.5m, 19m),
        ("BK-MANUAL", "Printed manual", "pcs", 24.9m, 7m),
        ("BK-GUIDE", "Field guide (book)", "pcs", 39m, 7m),
        ("FD-COFFEE-1KG", "Coffee beans 1 kg", "kg", 18.9m, 7m),
        ("FD-TEA-BOX", "Tea selection box", "pcs", 12.5m, 7m),
        ("SHIP-STD", "Shipping", "pcs", 9.9m, 19m),
        ("SHIP-EXPRESS", "Express shipping", "pcs", 24.9m, 19m),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        db.CompanySettings.Add(new CompanySettings
        {
            Name = "Northwind Trading GmbH",
            AddressLine1 = "Friedrichstraße 123",
            PostalCode = "10117",
            City = "Berlin",
            Country = "DE",
            VatNumber = "DE298765432",
            RegistrationNumber = "HRB 123456 B",
            Email = "billing@northwind.example",
            Phone = "+49 30 1234567",
            Website = "https://northwind.example",
            BankName = "Berliner Bank",
            Iban = "DE89 3704 0044 0532 0130 00",
            Bic = "COBADEFFXXX",
        });
        foreach (var (name, percent) in new[] { ("Zero rated", 0m), ("Reduced", 5.5m), ("Reduced", 7m), ("Reduced", 10m), ("Standard", 19m), ("Standard", 20m) })
        {
            db.TaxRates.Add(new TaxRate { Name = $"{name} {percent:0.#}%", Percent = percent });
        }

        foreach (var (sku, name, unit, price, tax) in Catalog)
        {
            db.Items.Add(new Item { Sku = sku, Name = name, Unit = unit, UnitPrice = price, Currency = "EUR", TaxRate = tax });
        }

        await db.SaveChangesAsync(ct);
        var items = await db.Items.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var customers = await db.Customers.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Id).Select(c => new { c.Id, c.Currency, c.BillingAddress.Country }).ToListAsync(ct);
        var faker = new Faker { Random = new Randomizer(424242) };
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        foreach (var customer in customers)
        {
            var tax = customer.Country switch { "DE" => 19m, "GB" => 20m, "FR" => 20m, "NL" => 20m, _ => 0m };
            var factor = customer.Currency switch { "JPY" => 160m, "USD" => 1.1m, "GBP" => 0.85m, _ => 1m };
            var invoices = faker.Random.Int(1, 4);
            for (var i = 0; i < invoices; i++)
            {
                var date = today.AddDays(-faker.Random.Int(5, 480));
                var draft = await documents.CreateAsync(DocumentKind.Invoice, new DocumentInput
                {
                    CustomerId = customer.Id,
                    Date = date,
                    Lines = Lines(faker, items, tax, factor, customer.Currency),
                }, ct);
                if (draft.IsOk && faker.Random.Bool(0.9f))
                {
                    await documents.PostInvoiceAsync(draft.Value!.Id, ct);
                }

                db.ChangeTracker.Clear();
            }

            if (faker.Random.Bool(0.4f))
            {
                await SeedQuoteAndOrderAsync(faker, items, customer.Id, tax, factor, customer.Currency, today, ct);
            }
        }

        await SeedPaymentsAsync(faker, today, ct);
    }

    /// <summary>Most older invoices paid (some in parts, some by cheque), a few credit notes and one refund, so balances and aging look real.</summary>
    private async Task SeedPaymentsAsync(Faker faker, DateOnly today, CancellationToken ct)
    {
        var invoices = await db.SalesDocuments.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.Invoice && d.Status == "posted")
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.CustomerId, d.Date, d.DueDate, d.TotalMinor, d.Currency })
            .ToListAsync(ct);
        foreach (var invoice in invoices)
        {
            var age = today.DayNumber - invoice.Date.DayNumber;
            var total = new CustomerCenter.Domain.Money(invoice.TotalMinor, invoice.Currency).ToDecimal();
            var roll = faker.Random.Double();
            var paidOn = invoice.Date.AddDays(faker.Random.Int(3, Math.Max(4, Math.Min(age, 60))));
            if (paidOn > today || (age < 45 && roll < 0.5) || roll < 0.12)
            {
                continue;
            }

            var amount = roll < 0.25 ? decimal.Round(total * 0.4m, CustomerCenter.Domain.Currency.Get(invoice.Currency).Exponent) : total;
            var byCheque = roll > 0.93;
            await payments.RecordAsync(new PaymentInput
            {
                CustomerId = invoice.CustomerId,
                Date = paidOn,
                Amount = amount,
                Currency = invoice.Currency,
                Method = byCheque ? PaymentMethod.Cheque : faker.PickRandom(PaymentMethod.BankTransfer, PaymentMethod.BankTransfer, PaymentMethod.Card),
                Reference = byCheque ? null : $"Transfer {faker.Random.Replace("########")}",
                Cheque = byCheque ? new ChequeInput { Number = faker.Random.Replace("######"), Bank = faker.Company.CompanyName() } : null,
                Allocations = [new AllocationInput { InvoiceId = invoice.Id, Amount = amount }],
            }, ct);
            db.ChangeTracker.Clear();
        }

        await SeedCreditAndRefundAsync(invoices.Select(i => i.Id).Take(3).ToList(), today, ct);
    }

    private async Task SeedCreditAndRefundAsync(List<long> invoiceIds, DateOnly today, CancellationToken ct)
    {
        foreach (var invoiceId in invoiceIds)
        {
            var invoice = await db.SalesDocuments.AsNoTracking().Include(d => d.Lines).FirstAsync(d => d.Id == invoiceId, ct);
            var line = invoice.Lines.OrderBy(l => l.Position).First();
            var note = await documents.CreateAsync(DocumentKind.CreditNote, new DocumentInput
            {
                CustomerId = invoice.CustomerId,
                InvoiceId = invoice.OpenMinor > 0 ? invoice.Id : null,
                Date = today.AddDays(-3),
                Lines = [new DocumentLineInput { Description = $"Returned: {line.Description}", Quantity = 1, UnitPrice = decimal.Round(line.UnitPrice / 4, 2), TaxRate = line.TaxRate }],
            }, ct);
            if (note.IsOk)
            {
                var posted = await documents.PostCreditNoteAsync(note.Value!.Id, ct);
                if (posted.IsOk && posted.Value!.OpenMinor > 0)
                {
                    await refunds.CreateAsync(new RefundInput
                    {
                        CustomerId = invoice.CustomerId,
                        CreditNoteId = posted.Value.Id,
                        Amount = new CustomerCenter.Domain.Money(posted.Value.OpenMinor, posted.Value.Currency).ToDecimal(),
                        Method = PaymentMethod.BankTransfer,
                        Reference = "Refund of credit note",
                        Date = today.AddDays(-1),
                    }, ct);
                }
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task SeedQuoteAndOrderAsync(Faker faker, List<Item> items, long customerId, decimal tax, decimal factor, string currency, DateOnly today, CancellationToken ct)
    {
        var quote = await documents.CreateAsync(DocumentKind.Quote, new DocumentInput
        {
            CustomerId = customerId,
            Date = today.AddDays(-faker.Random.Int(1, 25)),
            Lines = Lines(faker, items, tax, factor, currency),
        }, ct);
        if (!quote.IsOk || faker.Random.Bool(0.3f))
        {
            return;
        }

        await documents.SendQuoteAsync(quote.Value!.Id, ct);
        if (faker.Random.Bool(0.4f))
        {
            return;
        }

        await documents.AcceptQuoteAsync(quote.Value.Id, ct);
        var order = await documents.ConvertQuoteAsync(quote.Value.Id, ct);
        if (!order.IsOk || faker.Random.Bool(0.3f))
        {
            return;
        }

        var confirmed = await documents.ConfirmOrderAsync(order.Value!.Id, ct);
        if (confirmed.IsOk && faker.Random.Bool(0.5f))
        {
            var first = confirmed.Value!.Lines.OrderBy(l => l.Position).First();
            await documents.DeliverAsync(order.Value.Id, new DeliverRequest([new OrderLineQuantity(first.Id, Milli.ToDecimal(first.QuantityMilli))], null), ct);
        }

        db.ChangeTracker.Clear();
    }

    private static List<DocumentLineInput> Lines(Faker faker, List<Item> items, decimal tax, decimal factor, string currency)
    {
        var exponent = CustomerCenter.Domain.Currency.Get(currency).Exponent;
        return [.. faker.PickRandom(items, faker.Random.Int(1, 4)).Select(item => new DocumentLineInput
        {
            ItemId = item.Id,
            Quantity = item.Unit == "h" ? faker.Random.Int(2, 40) : faker.Random.Int(1, 12),
            UnitPrice = decimal.Round(item.UnitPrice * factor, exponent),
            DiscountPercent = faker.Random.Bool(0.2f) ? faker.PickRandom(5m, 10m, 15m) : 0m,
            TaxRate = tax == 0m ? 0m : item.TaxRate == 7m ? (tax == 19m ? 7m : 5.5m) : tax,
        })];
    }
}
