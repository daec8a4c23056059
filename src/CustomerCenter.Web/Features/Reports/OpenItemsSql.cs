namespace CustomerCenter.Web.Features.Reports;

/// <summary>
/// The ledger's open items as of a date, as the CTE <c>open_items</c>: the same rule as
/// <see cref="CustomerCenter.Domain.Receivables.Ledger.OpenItemsAsOf"/> (entry amount minus allocations
/// dated up to then), computed in SQL. Only entries open on that date are read: dated on or before it and
/// not closed by then (<c>ClosedOn</c>, indexed). An entry with no allocation after the date is open by
/// its maintained <c>OpenMinor</c>; only entries settled partly after the date sum their allocations.
/// Rows whose open amount is zero stay in the CTE; readers filter <c>open_minor &lt;&gt; 0</c>.
/// </summary>
internal static class OpenItemsSql
{
    /// <param name="asOf">The placeholder of the as-of date.</param>
    /// <param name="basis">Which date <c>aging_date</c> is: the due date (document date when none) or the document date.</param>
    /// <param name="where">Extra conditions on the ledger entry <c>e</c>, each starting with AND.</param>
    public static string Cte(string asOf, AgingBasis basis, string where) => $"""
        open_items AS (
            SELECT e."Id" AS entry_id, e."CustomerId" AS customer_id, e."Currency" AS currency, e."Kind" AS kind,
                e."Reference" AS reference, e."DocumentId" AS document_id, e."PaymentId" AS payment_id,
                e."Date" AS entry_date, e."DueDate" AS due_date, {(basis == AgingBasis.Due ? "COALESCE(e.\"DueDate\", e.\"Date\")" : "e.\"Date\"")} AS aging_date,
                e."AmountMinor" AS amount_minor,
                CASE
                    WHEN e."LastSettledOn" IS NULL OR e."LastSettledOn" <= {asOf} THEN e."OpenMinor"
                    WHEN e."AmountMinor" > 0 THEN e."AmountMinor"
                        - COALESCE((SELECT SUM(a."AmountMinor") FROM "Allocations" a WHERE a."DebitEntryId" = e."Id" AND a."Date" <= {asOf}), 0)
                    ELSE e."AmountMinor"
                        + COALESCE((SELECT SUM(a."AmountMinor") FROM "Allocations" a WHERE a."CreditEntryId" = e."Id" AND a."Date" <= {asOf}), 0)
                END AS open_minor
            FROM "LedgerEntries" e
            WHERE e."Date" <= {asOf} AND (e."ClosedOn" IS NULL OR e."ClosedOn" > {asOf}){where}
        )
        """;
}
