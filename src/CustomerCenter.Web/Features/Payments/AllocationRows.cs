using CustomerCenter.Domain;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// Reads the apply amounts of a form. Only filled rows are sent, so the API's <c>allocations[k]</c> is the
/// k-th filled row; <see cref="Index"/> maps each invoice back to its k, so a message lands beside the right input.
/// </summary>
public sealed class AllocationRows
{
    private AllocationRows(List<AllocationInput> inputs, Dictionary<long, int> index)
    {
        Inputs = inputs;
        Index = index;
    }

    public List<AllocationInput> Inputs { get; }

    /// <summary>Invoice id → its position in <see cref="Inputs"/>.</summary>
    public IReadOnlyDictionary<long, int> Index { get; }

    public static AllocationRows Read(IEnumerable<AllocationForm>? rows, ValidationErrors errors)
    {
        var inputs = new List<AllocationInput>();
        var index = new Dictionary<long, int>();
        foreach (var row in rows ?? [])
        {
            if (string.IsNullOrWhiteSpace(row.Amount) || index.ContainsKey(row.InvoiceId))
            {
                continue;
            }

            var parsed = FormNumbers.Decimal(row.Amount);
            if (parsed == 0m)
            {
                // "0" means "not this one", as an empty box does.
                continue;
            }

            if (parsed is null)
            {
                errors.Add($"allocations[{inputs.Count}].amount", "Enter the amount as a number, e.g. 250 or 250.50.");
            }

            index[row.InvoiceId] = inputs.Count;
            inputs.Add(new AllocationInput { InvoiceId = row.InvoiceId, Amount = parsed });
        }

        return new AllocationRows(inputs, index);
    }

    /// <summary>What the filled rows add up to, when every one is a valid amount in <paramref name="currency"/>.</summary>
    public Money? Total(string currency)
    {
        var total = Money.Zero(currency);
        foreach (var input in Inputs)
        {
            if (input.Amount is not { } amount || !Money.TryFromDecimal(amount, currency, out var money))
            {
                return null;
            }

            total += money;
        }

        return total;
    }

    /// <summary>The form rows for <paramref name="invoices"/> with the amounts of a suggestion filled in.</summary>
    public static List<AllocationForm> FromPlan(IEnumerable<OpenInvoiceRow> invoices, IEnumerable<CustomerCenter.Domain.Receivables.Allocation<long>> plan)
    {
        var amounts = plan.ToDictionary(a => a.InvoiceId, a => a.Amount.ToPlainString());
        return [.. invoices.Select(i => new AllocationForm { InvoiceId = i.Id, Amount = amounts.GetValueOrDefault(i.Id) })];
    }
}
