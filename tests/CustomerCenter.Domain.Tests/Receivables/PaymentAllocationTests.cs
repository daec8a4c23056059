using CustomerCenter.Domain.Receivables;

namespace CustomerCenter.Domain.Tests.Receivables;

public class PaymentAllocationTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    private static Money Eur(long minor) => new(minor, "EUR");

    private static OpenInvoice<int> Invoice(int id, long open, int dueDay, int dateDay = 0, string currency = "EUR") =>
        new(id, new Money(open, currency), Jan1.AddDays(dueDay), Jan1.AddDays(dateDay));

    [Fact]
    public void Suggestion_pays_the_oldest_due_date_first()
    {
        var plan = PaymentAllocation.SuggestOldestFirst(Eur(250), [Invoice(1, 100, 30), Invoice(2, 100, 10), Invoice(3, 100, 20)]);

        Assert.Equal([new(2, Eur(100)), new(3, Eur(100)), new Allocation<int>(1, Eur(50))], plan.Allocations);
        Assert.True(plan.Unapplied.IsZero);
    }

    [Fact]
    public void Same_due_date_pays_the_older_invoice_first() =>
        Assert.Equal(
            2,
            PaymentAllocation.SuggestOldestFirst(Eur(10), [Invoice(1, 100, 30, dateDay: 5), Invoice(2, 100, 30, dateDay: 1)]).Allocations[0].InvoiceId);

    [Fact]
    public void Same_dates_keep_the_order_given() =>
        Assert.Equal(
            [1, 2],
            PaymentAllocation.SuggestOldestFirst(Eur(200), [Invoice(1, 100, 30), Invoice(2, 100, 30)]).Allocations.Select(a => a.InvoiceId));

    [Fact]
    public void Remainder_stays_as_unapplied_credit()
    {
        var plan = PaymentAllocation.SuggestOldestFirst(Eur(500), [Invoice(1, 100, 30)]);

        Assert.Equal(Eur(100), plan.Applied);
        Assert.Equal(Eur(400), plan.Unapplied);
    }

    [Fact]
    public void Small_payment_goes_partly_to_the_oldest_invoice() =>
        Assert.Equal([new Allocation<int>(1, Eur(30))], PaymentAllocation.SuggestOldestFirst(Eur(30), [Invoice(1, 100, 1), Invoice(2, 100, 2)]).Allocations);

    [Fact]
    public void Suggestion_skips_other_currencies_and_settled_invoices() =>
        Assert.Equal(
            [3],
            PaymentAllocation.SuggestOldestFirst(Eur(1000), [Invoice(1, 100, 1, currency: "USD"), Invoice(2, 0, 2), Invoice(3, 100, 3)])
                .Allocations.Select(a => a.InvoiceId));

    [Fact]
    public void Without_open_invoices_everything_is_unapplied()
    {
        var plan = PaymentAllocation.SuggestOldestFirst(Eur(70), Array.Empty<OpenInvoice<int>>());

        Assert.Empty(plan.Allocations);
        Assert.Equal(Eur(70), plan.Unapplied);
    }

    [Fact]
    public void Valid_allocations_leave_the_rest_unapplied()
    {
        var result = PaymentAllocation.Validate(Eur(300), [new(1, Eur(100)), new Allocation<int>(2, Eur(50))], [Invoice(1, 100, 1), Invoice(2, 80, 2)]);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(Eur(150), result.Value.Unapplied);
    }

    [Fact]
    public void No_allocations_leave_the_whole_payment_unapplied() =>
        Assert.Equal(Eur(300), PaymentAllocation.Validate(Eur(300), [], [Invoice(1, 100, 1)]).Value.Unapplied);

    [Fact]
    public void Payment_never_applies_more_than_the_invoice_is_open() =>
        Assert.Equal(
            ["Only 0.80 EUR is open on this invoice."],
            PaymentAllocation.Validate(Eur(300), [new Allocation<int>(1, Eur(81))], [Invoice(1, 80, 1)]).Errors["allocations[0].amount"]);

    [Fact]
    public void Allocations_never_add_up_to_more_than_the_payment() =>
        Assert.Equal(
            ["The allocations add up to 2.00 EUR, more than the 1.50 EUR available."],
            PaymentAllocation.Validate(Eur(150), [new(1, Eur(100)), new Allocation<int>(2, Eur(100))], [Invoice(1, 100, 1), Invoice(2, 100, 1)])
                .Errors["allocations"]);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Allocation_must_be_more_than_zero(long amount) =>
        Assert.True(PaymentAllocation.Validate(Eur(300), [new Allocation<int>(1, Eur(amount))], [Invoice(1, 80, 1)]).Errors.ContainsKey("allocations[0].amount"));

    [Fact]
    public void Invoice_listed_twice_is_refused() =>
        Assert.Equal(
            ["This invoice is listed more than once."],
            PaymentAllocation.Validate(Eur(300), [new(1, Eur(10)), new Allocation<int>(1, Eur(10))], [Invoice(1, 80, 1)]).Errors["allocations[1].invoiceId"]);

    [Fact]
    public void Invoice_that_is_not_open_for_the_customer_is_refused() =>
        Assert.Equal(
            ["This invoice is not open for this customer."],
            PaymentAllocation.Validate(Eur(300), [new Allocation<int>(99, Eur(10))], [Invoice(1, 80, 1)]).Errors["allocations[0].invoiceId"]);

    [Fact]
    public void Invoice_in_another_currency_is_refused() =>
        Assert.Equal(
            ["This invoice is in USD; the payment is in EUR."],
            PaymentAllocation.Validate(Eur(300), [new Allocation<int>(1, Eur(10))], [Invoice(1, 80, 1, currency: "USD")]).Errors["allocations[0].invoiceId"]);

    [Fact]
    public void Allocation_amount_in_another_currency_is_refused() =>
        Assert.True(
            PaymentAllocation.Validate(Eur(300), [new Allocation<int>(1, new Money(10, "USD"))], [Invoice(1, 80, 1)]).Errors.ContainsKey("allocations[0].amount"));

    [Fact]
    public void Nothing_to_apply_is_refused() =>
        Assert.True(PaymentAllocation.Validate(Eur(0), [], [Invoice(1, 80, 1)]).Errors.ContainsKey("amount"));

    [Fact]
    public void Every_bad_allocation_is_reported() =>
        Assert.Equal(
            ["allocations[0].invoiceId", "allocations[1].amount"],
            PaymentAllocation.Validate(Eur(300), [new(7, Eur(1)), new Allocation<int>(1, Eur(0))], [Invoice(1, 80, 1)]).Errors.Keys.Order(StringComparer.Ordinal));
}
