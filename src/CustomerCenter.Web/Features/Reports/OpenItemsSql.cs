namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The ledger's open items as of a date: the same rule as
/// <see cref="CustomerCenter.Domain.Receivables.Ledger.OpenItemsAsOf"/> (entry amount minus allocations
/// dated up to then), computed in SQL. Only entries open on that date are read, in two parts: those still
/// open today (<c>ClosedOn</c> null, read from a covering partial index in customer order) and those closed
/// after the date (<c>ClosedOn</c>, indexed). An entry with no allocation after the date is open by its
/// maintained <c>OpenMinor</c>; only entries settled partly after the date sum their allocations.
/// Each part yields <c>entry_id, customer_id, currency, kind, reference, document_id, payment_id,
/// entry_date, due_date, aging_date, amount_minor, open_minor</c>; rows whose open amount is zero stay in,
/// readers filter <c>open_minor &lt;&gt; 0</c>.
/// </summary>
internal static class OpenItemsSql
{
    /// <summary>The CTEs <c>closed_since</c> and <c>open_items</c>: every open item, for the reports that list them.</summary>
    /// <param name="asOf">The placeholder of the as-of date.</param>
    /// <param name="basis">Which date <c>aging_date</c> is: the due date (document date when none) or the document date.</param>
    /// <param name="where">Extra conditions on the ledger entry <c>e</c>, each starting with AND.</param>
    public static string Cte(string asOf, AgingBasis basis, string where) => $"""
        {ClosedSinceCte("closed_since", asOf, basis, where)},
        open_items AS (
            {OpenToday(asOf, basis, where)}
            UNION ALL
            SELECT * FROM closed_since
        )
        """;

    /// <summary>
    /// The CTE <paramref name="name"/><c>(customer_id, currency, values…)</c>: the open items aggregated per
    /// customer and currency. Each part is aggregated on its own — the larger one streams from the index in
    /// customer order without a sort — and the two results are then combined.
    /// </summary>
    /// <param name="name">The CTE's name; <c>{name}_since</c> and <c>{name}_parts</c> are defined before it.</param>
    /// <param name="asOf">As in <see cref="Cte"/>.</param>
    /// <param name="basis">As in <see cref="Cte"/>.</param>
    /// <param name="where">As in <see cref="Cte"/>.</param>
    /// <param name="values">Each value's aggregate over one part's rows (<c>open_minor</c>, <c>aging_date</c>) and how two parts' results combine (SUM or MIN).</param>
    public static string PerCustomerCte(string name, string asOf, AgingBasis basis, string where, IReadOnlyList<OpenItemsValue> values)
    {
        var aggregates = string.Join(", ", values.Select(v => $"{v.Aggregate} AS {v.Name}"));
        var combined = string.Join(", ", values.Select(v => $"{v.Value.Combined} AS {v.Name}"));
        return $"""
            {ClosedSinceCte($"{name}_since", asOf, basis, where)},
            {name}_parts AS (
                SELECT customer_id, currency, {aggregates}
                FROM ({OpenToday(asOf, basis, where)}) AS today WHERE open_minor <> 0
                GROUP BY customer_id, currency
                UNION ALL
                SELECT customer_id, currency, {aggregates}
                FROM {name}_since WHERE open_minor <> 0
                GROUP BY customer_id, currency
            ),
            {name} AS (
                SELECT customer_id, currency, {combined}
                FROM {name}_parts GROUP BY customer_id, currency
            )
            """;
    }

    // Still open today: open on the date by OpenMinor, unless settled in part after it.
    private static string OpenToday(string asOf, AgingBasis basis, string where) => $"""
        SELECT {Columns(basis)},
            CASE
                WHEN e."LastSettledOn" IS NULL OR e."LastSettledOn" <= {asOf} THEN e."OpenMinor"
                ELSE {OpenFromAllocations(asOf)}
            END AS open_minor
        FROM "LedgerEntries" e
        WHERE e."ClosedOn" IS NULL AND e."Date" <= {asOf}{where}
        """;

    // Closed after the date: open then by what its allocations up to the date left. Materialized, so that
    // this sum is computed once per entry and not again in every aggregate that reads open_minor; its own
    // scan then also reads these few entries by ClosedOn, never the whole ledger in customer order.
    private static string ClosedSinceCte(string name, string asOf, AgingBasis basis, string where) => $"""
        {name} AS MATERIALIZED (
            SELECT {Columns(basis)}, {OpenFromAllocations(asOf)} AS open_minor
            FROM "LedgerEntries" e
            WHERE e."ClosedOn" > {asOf} AND e."Date" <= {asOf}{where}
        )
        """;

    private static string Columns(AgingBasis basis) => $"""
        e."Id" AS entry_id, e."CustomerId" AS customer_id, e."Currency" AS currency, e."Kind" AS kind,
            e."Reference" AS reference, e."DocumentId" AS document_id, e."PaymentId" AS payment_id,
            e."Date" AS entry_date, e."DueDate" AS due_date, {(basis == AgingBasis.Due ? "COALESCE(e.\"DueDate\", e.\"Date\")" : "e.\"Date\"")} AS aging_date,
            e."AmountMinor" AS amount_minor
        """;

    // BIGINT sums: PostgreSQL's SUM(bigint) is numeric, and numeric arithmetic on every row costs more than the scan.
    private static string OpenFromAllocations(string asOf) => $"""
        CASE WHEN e."AmountMinor" > 0
                THEN e."AmountMinor" - COALESCE((SELECT CAST(SUM(a."AmountMinor") AS BIGINT) FROM "Allocations" a WHERE a."DebitEntryId" = e."Id" AND a."Date" <= {asOf}), 0)
                ELSE e."AmountMinor" + COALESCE((SELECT CAST(SUM(a."AmountMinor") AS BIGINT) FROM "Allocations" a WHERE a."CreditEntryId" = e."Id" AND a."Date" <= {asOf}), 0)
            END
        """;
}

/// <summary>A per-customer value of <see cref="OpenItemsSql.PerCustomerCte"/>: its aggregate over open items, and how parts combine.</summary>
internal sealed record OpenItemsValue(string Name, string Aggregate, string Combine = "SUM")
{
    /// <summary>The same column as a value of <see cref="CustomerPageSql"/>, totalled the way the parts combine.</summary>
    public SqlValue Value => new(Name, Combine);
}
