using CustomerCenter.Domain.Receivables;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerCenter.Domain.Tests.Receivables;

public class PaymentAllocationProperties
{
    private static readonly Gen<(long Payment, List<OpenInvoice<int>> Invoices)> Cases =
        from payment in Gen.Choose(1, 1_000_000)
        from invoices in Gen.ListOf(
            from open in Gen.Choose(0, 300_000)
            from due in Gen.Choose(0, 90)
            select (open, due))
        select ((long)payment, invoices
            .Select((inv, i) => new OpenInvoice<int>(i, new Money(inv.open, "EUR"), new DateOnly(2026, 1, 1).AddDays(inv.due), new DateOnly(2026, 1, 1)))
            .ToList());

    [Property]
    public Property Suggestion_is_always_a_valid_allocation() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var payment = new Money(c.Payment, "EUR");
            var plan = PaymentAllocation.SuggestOldestFirst(payment, c.Invoices);
            var check = PaymentAllocation.Validate(payment, plan.Allocations, c.Invoices);
            return check.IsSuccess && check.Value.Unapplied == plan.Unapplied;
        });

    [Property]
    public Property Applied_plus_unapplied_is_the_payment() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var plan = PaymentAllocation.SuggestOldestFirst(new Money(c.Payment, "EUR"), c.Invoices);
            return (plan.Applied + plan.Unapplied).Minor == c.Payment && !plan.Unapplied.IsNegative;
        });

    [Property]
    public Property Suggestion_leaves_credit_only_when_every_invoice_is_paid() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var plan = PaymentAllocation.SuggestOldestFirst(new Money(c.Payment, "EUR"), c.Invoices);
            return plan.Unapplied.IsZero || plan.Applied.Minor == c.Invoices.Sum(i => i.Open.Minor);
        });

    [Property]
    public Property Suggestion_never_pays_a_later_invoice_while_an_earlier_one_stays_open() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var plan = PaymentAllocation.SuggestOldestFirst(new Money(c.Payment, "EUR"), c.Invoices);
            var applied = plan.Allocations.ToDictionary(a => a.InvoiceId, a => a.Amount.Minor);
            var latestPaidDue = plan.Allocations.Select(a => c.Invoices[a.InvoiceId].DueDate).DefaultIfEmpty(DateOnly.MinValue).Max();
            return c.Invoices
                .Where(i => i.DueDate < latestPaidDue)
                .All(i => applied.GetValueOrDefault(i.Id) == i.Open.Minor);
        });
}
