using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Receivables;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>
/// One database with generated receivables histories (several customers, EUR, USD and JPY, one customer in two
/// currencies), shared by the exactness tests that read it.
/// </summary>
public sealed class GeneratedBook : IAsyncLifetime
{
    public static readonly DateOnly Start = new(2025, 1, 1);

    public static readonly DateOnly[] AsOfDates =
        [Start.AddDays(-1), new(2025, 2, 15), new(2025, 5, 1), new(2025, 8, 20), new(2025, 11, 30), DateOnly.FromDateTime(DateTime.UtcNow)];

    public AppFactory App { get; } = new();

    public HttpClient Api { get; private set; } = default!;

    public List<long> Customers { get; } = [];

    /// <summary>The aging summary right after the histories were written, before any test rebuilt it.</summary>
    public (DateOnly Day, List<CustomerAging> Rows) SummaryAfterHistories { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        // The aging summary exists before the first write, so the writers keep it through every history.
        var summaryDay = await AgingSummaryTruth.DayAsync(App);
        var admin = await App.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        Api = await App.ApiAs(StaffRole.Finance);
        (string Currency, string[] Ledgers)[] customers = [("EUR", ["EUR", "USD"]), ("USD", ["USD"]), ("JPY", ["JPY"]), ("EUR", ["EUR"])];
        var seed = 0;
        foreach (var (currency, ledgers) in customers)
        {
            var customer = (await Api.CreateCustomerAsync(currency: currency)).Id();
            Customers.Add(customer);
            foreach (var ledger in ledgers)
            {
                await new ReceivablesHistory(Api, customer, ledger, ++seed).WriteAsync(Start, steps: 32, daysPerStep: 10);
            }
        }

        SummaryAfterHistories = (summaryDay, await AgingSummaryTruth.RowsAsync(App));
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
}
