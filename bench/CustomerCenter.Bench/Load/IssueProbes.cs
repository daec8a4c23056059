using System.Globalization;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Features.Reports;
using CustomerCenter.Web.Features.Sales;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// The requests issues 4–8 ask about, each with the app's own code for its SQL. The page and the API ask
/// with the same query string, so both answer what the recorded SQL answers.
/// </summary>
internal static class IssueProbes
{
    private const int PageSize = 25;

    public static IReadOnlyList<Probe> For(Subjects s)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yearAgo = today.AddYears(-1);
        var probes = new List<Probe>();
        probes.AddRange(Invoices(s));
        probes.AddRange(Receivables(s, today));
        probes.AddRange(Reports(today, yearAgo));
        probes.AddRange(Portal(s));
        probes.AddRange(Hub(s));
        return probes;
    }

    /// <summary>Issue 4: the invoice list filtered, sorted, on page 1 and on a deep page; posting an invoice.</summary>
    private static IEnumerable<Probe> Invoices(Subjects s)
    {
        var lastPage = Math.Max(1, (s.Invoices + PageSize - 1) / PageSize);
        var deep = Math.Min(400, Math.Max(1, lastPage / 2));
        yield return InvoiceList("invoices: open, by customer, page 1", "status=posted&sort=customer&page=1");
        yield return InvoiceList($"invoices: open, by customer, page {deep}", $"status=posted&sort=customer&page={deep}");
        yield return InvoiceList($"invoices: all, newest first, page {deep}", $"sort=-date&page={deep}");

        var draft = new long[1];
        yield return new Probe("4", "post an invoice (draft made untimed)", null, "POST /api/v1/invoices/{id}/post",
            async (db, ct) => Ok(await Documents(db).PostInvoiceAsync(draft[0], ct)))
        {
            Writes = true,
            Setup = async (db, ct) => draft[0] = Ok(await Documents(db).CreateAsync(DocumentKind.Invoice, BenchWrites.Draft(s), ct)).Id,
            ApiWrite = (clients, ct) => BenchWrites.PostInvoiceAsync(clients, s, ct),
        };

        static Probe InvoiceList(string name, string query)
        {
            var q = query + $"&pageSize={PageSize}";
            return new Probe("4", name, "/invoices?" + q, "/api/v1/invoices?" + q, (db, ct) => new DocumentQueries(db).ListAsync(Filter(q), ct));
        }

        static DocumentListFilter Filter(string query)
        {
            var p = Parameters(query);
            var errors = new ValidationErrors();
            var filter = DocumentListFilter.Parse(DocumentKind.Invoice, null, p.GetValueOrDefault("sort"), Int(p, "page"), Int(p, "pageSize"),
                p.GetValueOrDefault("status"), null, null, null, errors);
            return errors.IsEmpty ? filter : throw new InvalidOperationException($"Not a valid invoice list query: {query}");
        }
    }

    /// <summary>Issue 5: recording a payment with allocations, a customer's balance, a one-year statement.</summary>
    private static IEnumerable<Probe> Receivables(Subjects s, DateOnly today)
    {
        yield return new Probe("5", "record a payment with 2 allocations", null, "POST /api/v1/payments",
            async (db, ct) => Ok(await new PaymentService(db, new PaymentValidator(db), new CreditApplication(db)).RecordAsync(BenchWrites.Payment(s, today), ct)))
        {
            Writes = true,
            ApiWrite = (clients, ct) => BenchWrites.RecordPaymentAsync(clients, s, today, ct),
        };
        yield return new Probe("5", "balance of the big customer", null, $"/api/v1/customers/{s.BigCustomer}/balance",
            (db, ct) => new BalanceQueries(db).ForCustomerAsync(s.BigCustomer, ct));
        var from = today.AddYears(-1).AddDays(1);
        var period = $"from={Date(from)}&to={Date(today)}";
        yield return new Probe("5", "statement of the big customer, one year", $"/customers/{s.BigCustomer}/statement?{period}",
            $"/api/v1/customers/{s.BigCustomer}/statement?{period}",
            async (db, ct) => Ok(await new StatementService(db).BuildAsync(s.BigCustomer, null, from, today, null, ct)));
    }

    /// <summary>Issue 6: aging now and a year back, the customer balance report, sales by customer for a year. Pages within 2× of the SQL; aging under 1 s on PostgreSQL.</summary>
    private static IEnumerable<Probe> Reports(DateOnly today, DateOnly yearAgo)
    {
        foreach (var (name, asOf) in new[] { ("aging as of today", today), ("aging as of a year back", yearAgo) })
        {
            var q = $"asOf={Date(asOf)}&page=1&pageSize={PageSize}";
            yield return new Probe("6", name, "/reports/aging?" + q, "/api/v1/reports/aging?" + q, (db, ct) =>
            {
                var errors = new ValidationErrors();
                return new AgingQuery(db).RunAsync(Valid(AgingFilter.Parse(Date(asOf), null, null, null, null, null, null, null, 1, PageSize, today, errors), errors), ct);
            })
            { PageWithinSql = 2, PostgresUnderMs = 1000 };
        }

        var balances = $"page=1&pageSize={PageSize}";
        yield return new Probe("6", "customer balances, page 1", "/reports/customer-balances?" + balances, "/api/v1/reports/customer-balances?" + balances, (db, ct) =>
        {
            var errors = new ValidationErrors();
            return new BalanceQuery(db).RunAsync(Valid(BalanceFilter.Parse(null, null, null, null, null, null, 1, PageSize, today, errors), errors), ct);
        })
        { PageWithinSql = 2 };

        var from = today.AddYears(-1).AddDays(1);
        var sales = $"from={Date(from)}&to={Date(today)}&page=1&pageSize={PageSize}";
        yield return new Probe("6", "sales by customer, one year", "/reports/sales-by-customer?" + sales, "/api/v1/reports/sales-by-customer?" + sales, (db, ct) =>
        {
            var errors = new ValidationErrors();
            return new SalesByCustomerQuery(db).RunAsync(
                Valid(SalesByCustomerFilter.Parse(Date(from), Date(today), null, null, null, null, null, 1, PageSize, today, errors), errors), ct);
        })
        { PageWithinSql = 2 };
    }

    /// <summary>Issue 7: the portal's home, invoice list and an invoice PDF, signed in as a portal user.</summary>
    private static IEnumerable<Probe> Portal(Subjects s)
    {
        if (s.PortalSlug is not { } slug || s.PortalCustomer is not { } customer)
        {
            yield break;
        }

        var root = "/cc/" + slug;
        yield return new Probe("7", "portal home", root, null, (db, ct) => new PortalHomeQueries(db, new DocumentQueries(db)).LoadAsync(customer, ct))
        { Client = PageClient.Portal };
        yield return new Probe("7", "portal invoice list, page 1", root + "/billing/invoices", null,
            (db, ct) => new DocumentQueries(db).ListAsync(PortalInvoiceFilter(customer), ct))
        { Client = PageClient.Portal };
        if (s.PortalInvoice is { } invoice)
        {
            yield return new Probe("7", "portal invoice PDF", $"{root}/billing/invoices/{invoice}.pdf", null,
                (db, ct) => new DocumentPdf(db).RenderAsync(DocumentKind.Invoice, invoice, customer, ct))
            { Client = PageClient.Portal };
        }
    }

    /// <summary>What the portal's invoice list asks for on its first page.</summary>
    public static DocumentListFilter PortalInvoiceFilter(long customer)
    {
        var errors = new ValidationErrors();
        var parsed = DocumentListFilter.Parse(DocumentKind.Invoice, null, null, null, PageSize, null, null, null, customer, errors);
        return parsed with { CustomerId = customer, HideDrafts = true };
    }

    /// <summary>Issue 8: the staff customer page (hub) and its activity timeline for the customer with the most documents.</summary>
    private static IEnumerable<Probe> Hub(Subjects s)
    {
        var id = s.BigCustomer;
        yield return new Probe("8", "customer hub (overview)", $"/customers/{id}", $"/api/v1/customers/{id}", async (db, ct) =>
        {
            var queries = new CustomerQueries(db);
            await new CustomerReader(db, queries).GetAsync(id, ct);
            await new BalanceQueries(db).ForCustomerAsync(id, ct);
            await new ContactService(db).ListAsync(id, trashed: false, ct);
            await new ActivityQueries(db).TimelineAsync(id, new TimelineFilter([], null, null, 1, 6), ct);
        });
        var q = $"page=1&pageSize={PageSize}";
        yield return new Probe("8", "customer activity timeline, page 1", $"/customers/{id}?tab=activity&{q}", $"/api/v1/customers/{id}/activity?{q}",
            (db, ct) => new ActivityQueries(db).TimelineAsync(id, new TimelineFilter([], null, null, 1, PageSize), ct));
    }

    private static SalesDocumentService Documents(AppDbContext db) => new(db, new DocumentValidator(db));

    private static T Ok<T>(Outcome<T> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException($"The app's code answered {outcome.Kind}: {outcome.Message ?? outcome.Errors?.ToString()}");

    private static T Valid<T>(T filter, ValidationErrors errors) =>
        errors.IsEmpty ? filter : throw new InvalidOperationException($"Not a valid {typeof(T).Name}.");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Parameters(string query) =>
        query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    private static int? Int(Dictionary<string, string> p, string name) =>
        p.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
