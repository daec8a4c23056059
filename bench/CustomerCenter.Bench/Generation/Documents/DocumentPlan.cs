namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>
/// How many invoices, orders and payments each customer gets: the big customer (the first active one) a fixed
/// share for the hub page, the others by a skewed weight (a few customers buy a lot, most a little), so the
/// totals are exactly the ones asked for. Also the customers whose figures the check reads back.
/// </summary>
internal sealed class DocumentPlan
{
    public const int BigInvoices = 4_000;
    public const int BigOrders = 1_000;
    public const int BigPayments = 3_000;
    private const int SampleCount = 40;

    private DocumentPlan(int bigIndex, int[] invoices, int[] orders, int[] payments, DateOnly windowStart, int sampleStep)
    {
        BigIndex = bigIndex;
        Invoices = invoices;
        Orders = orders;
        Payments = payments;
        WindowStart = windowStart;
        SampleStep = sampleStep;
    }

    public int BigIndex { get; }

    public int[] Invoices { get; }

    public int[] Orders { get; }

    public int[] Payments { get; }

    /// <summary>Documents are dated over the three years up to the last day.</summary>
    public DateOnly WindowStart { get; }

    private int SampleStep { get; }

    public static DocumentPlan Make(IReadOnlyList<BenchCustomer> customers, GenerateDocuments.Options options)
    {
        var bigIndex = Math.Max(0, customers.ToList().FindIndex(c => c.CanSignIn));
        var random = new Random(options.Seed);
        var weights = new double[customers.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            // Log-normal: the median customer has a few documents, some have hundreds.
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            weights[i] = i == bigIndex ? 0 : Math.Exp(1.1 * normal);
        }

        int[] Split(int total, int bigWanted)
        {
            var big = customers.Count == 1 ? total : Math.Min(bigWanted, total / 4);
            var parts = CustomerShare.Split(total - big, weights);
            parts[bigIndex] += big;
            return parts;
        }

        var invoices = Split(options.Invoices, BigInvoices);
        var orders = Split(options.Orders, BigOrders);
        var payments = Split(options.Payments, BigPayments);
        return new DocumentPlan(bigIndex, invoices, orders, payments, options.Until.AddYears(-3).AddDays(1), Math.Max(1, customers.Count / SampleCount));
    }

    public bool IsSample(int index) => index == BigIndex || index % SampleStep == SampleStep / 2;
}
