using CustomerCenter.Domain.Documents;

namespace CustomerCenter.Domain.Tests.Documents;

public class SalesOrderTests
{
    /// <summary>An order whose lines are numbered 1, 2, … with (ordered, delivered, invoiced) quantities.</summary>
    private static SalesOrder<int> Order(OrderStatus status, params (decimal Ordered, decimal Delivered, decimal Invoiced)[] lines) =>
        new(status, [.. lines.Select((l, i) => new OrderLine<int>(i + 1, l.Ordered, l.Delivered, l.Invoiced))]);

    private static SalesOrder<int> Confirmed(params decimal[] ordered) =>
        Order(OrderStatus.Confirmed, [.. ordered.Select(q => (q, 0m, 0m))]);

    private static LineQuantity<int>[] Quantities(params (int LineId, decimal Quantity)[] quantities) =>
        [.. quantities.Select(q => new LineQuantity<int>(q.LineId, q.Quantity))];

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    public void Draft_or_submitted_order_can_be_confirmed(OrderStatus status) =>
        Assert.Equal(OrderStatus.Confirmed, Order(status, (1, 0, 0)).Confirm().Value.Status);

    [Fact]
    public void Order_without_lines_cannot_be_confirmed() =>
        Assert.Equal("A sales order without lines can't be confirmed.", Order(OrderStatus.Draft).Confirm().Error);

    [Fact]
    public void Cancelled_order_cannot_be_confirmed() =>
        Assert.Equal("A sales order that is cancelled can't be confirmed.", Order(OrderStatus.Cancelled, (1, 0, 0)).Confirm().Error);

    [Fact]
    public void Confirmed_order_cannot_be_confirmed_again() =>
        Assert.Equal("This sales order is already confirmed.", Confirmed(1).Confirm().Error);

    [Theory]
    [InlineData(OrderStatus.PartlyDelivered)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Invoiced)]
    public void Order_in_progress_cannot_be_confirmed(OrderStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, Order(status, (1, 1, 0)).Confirm().ErrorKind);

    [Fact]
    public void Delivering_part_makes_the_order_partly_delivered()
    {
        var order = Confirmed(10, 5).Deliver(Quantities((1, 4))).Value;

        Assert.Equal(OrderStatus.PartlyDelivered, order.Status);
        Assert.Equal([4m, 0m], order.Lines.Select(l => l.Delivered));
    }

    [Fact]
    public void Delivering_everything_makes_the_order_delivered()
    {
        var order = Confirmed(10, 5).Deliver(Quantities((1, 4))).Value.Deliver(Quantities((1, 6), (2, 5))).Value;

        Assert.Equal(OrderStatus.Delivered, order.Status);
    }

    [Fact]
    public void Delivery_quantities_may_have_three_decimals() =>
        Assert.Equal(1.234m, Confirmed(2).Deliver(Quantities((1, 1.234m))).Value.Lines[0].Delivered);

    [Fact]
    public void Zero_quantities_leave_their_lines_alone() =>
        Assert.Equal(OrderStatus.Delivered, Confirmed(1, 1).Deliver(Quantities((1, 1), (2, 0))).Value.Deliver(Quantities((2, 1))).Value.Status);

    [Fact]
    public void Delivery_never_exceeds_the_open_quantity()
    {
        var result = Order(OrderStatus.PartlyDelivered, (5, 3, 0)).Deliver(Quantities((1, 2.5m)));

        Assert.Equal(DomainErrorKind.Invalid, result.ErrorKind);
        Assert.Equal(["Only 2 can still be delivered on this line."], result.Errors["lines[0].quantity"]);
    }

    [Fact]
    public void Delivery_for_an_unknown_line_is_refused() =>
        Assert.True(Confirmed(1).Deliver(Quantities((9, 1))).Errors.ContainsKey("lines[0].lineId"));

    [Fact]
    public void Delivery_listing_a_line_twice_is_refused() =>
        Assert.True(Confirmed(5).Deliver(Quantities((1, 1), (1, 1))).Errors.ContainsKey("lines[1].lineId"));

    [Fact]
    public void Negative_delivery_is_refused() =>
        Assert.True(Confirmed(5).Deliver(Quantities((1, -1))).Errors.ContainsKey("lines[0].quantity"));

    [Fact]
    public void Delivery_with_four_decimals_is_refused() =>
        Assert.True(Confirmed(5).Deliver(Quantities((1, 1.0001m))).Errors.ContainsKey("lines[0].quantity"));

    [Fact]
    public void Delivery_of_nothing_is_refused()
    {
        Assert.True(Confirmed(5).Deliver([]).Errors.ContainsKey("lines"));
        Assert.True(Confirmed(5).Deliver(Quantities((1, 0))).Errors.ContainsKey("lines"));
    }

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.Cancelled)]
    public void Order_that_is_not_confirmed_cannot_be_delivered(OrderStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, Order(status, (5, 0, 0)).Deliver(Quantities((1, 1))).ErrorKind);

    [Fact]
    public void Delivered_order_cannot_be_delivered_again() =>
        Assert.Equal("This sales order is already delivered.", Order(OrderStatus.Delivered, (5, 5, 0)).Deliver(Quantities((1, 1))).Error);

    [Fact]
    public void Invoiced_and_delivered_order_has_nothing_left_to_deliver() =>
        Assert.Equal(
            "Everything on this sales order has been delivered.",
            Order(OrderStatus.Invoiced, (5, 5, 5)).Deliver(Quantities((1, 1))).Error);

    [Fact]
    public void Invoice_bills_only_delivered_quantities_not_yet_invoiced() =>
        Assert.Equal(
            Quantities((1, 3), (3, 0.5m)),
            Order(OrderStatus.PartlyDelivered, (10, 5, 2), (4, 0, 0), (1, 1, 0.5m)).QuantitiesToInvoice(InvoiceScope.Delivered));

    [Fact]
    public void Invoice_all_bills_everything_ordered_not_yet_invoiced() =>
        Assert.Equal(
            Quantities((1, 8), (2, 4), (3, 0.5m)),
            Order(OrderStatus.PartlyDelivered, (10, 5, 2), (4, 0, 0), (1, 1, 0.5m)).QuantitiesToInvoice(InvoiceScope.All));

    [Fact]
    public void Invoicing_everything_delivered_and_ordered_makes_the_order_invoiced()
    {
        var order = Order(OrderStatus.Delivered, (10, 10, 0));

        var invoiced = order.Invoice(order.QuantitiesToInvoice(InvoiceScope.Delivered)).Value;

        Assert.Equal(OrderStatus.Invoiced, invoiced.Status);
        Assert.Equal(10m, invoiced.Lines[0].Invoiced);
    }

    [Fact]
    public void Partly_invoiced_delivered_order_stays_delivered() =>
        Assert.Equal(OrderStatus.Delivered, Order(OrderStatus.Delivered, (10, 10, 0)).Invoice(Quantities((1, 4))).Value.Status);

    [Fact]
    public void Invoicing_delivered_part_of_a_partly_delivered_order_keeps_it_partly_delivered() =>
        Assert.Equal(
            OrderStatus.PartlyDelivered,
            Order(OrderStatus.PartlyDelivered, (10, 5, 0)).Invoice(Quantities((1, 5))).Value.Status);

    [Fact]
    public void Invoicing_everything_ordered_makes_the_order_invoiced_even_before_delivery()
    {
        var order = Confirmed(3);

        Assert.Equal(OrderStatus.Invoiced, order.Invoice(order.QuantitiesToInvoice(InvoiceScope.All)).Value.Status);
    }

    [Fact]
    public void Order_invoiced_in_advance_can_still_be_delivered_and_stays_invoiced()
    {
        var delivered = Order(OrderStatus.Invoiced, (3, 1, 3)).Deliver(Quantities((1, 2))).Value;

        Assert.Equal(OrderStatus.Invoiced, delivered.Status);
        Assert.Equal(3m, delivered.Lines[0].Delivered);
    }

    [Fact]
    public void Partly_invoiced_in_advance_order_stays_confirmed() =>
        Assert.Equal(OrderStatus.Confirmed, Confirmed(3, 2).Invoice(Quantities((1, 3))).Value.Status);

    [Fact]
    public void Invoicing_more_than_ordered_is_refused() =>
        Assert.Equal(
            ["Only 4 can still be invoiced on this line."],
            Order(OrderStatus.Delivered, (10, 10, 6)).Invoice(Quantities((1, 5))).Errors["lines[0].quantity"]);

    [Fact]
    public void Order_with_nothing_to_invoice_cannot_be_invoiced()
    {
        var order = Confirmed(5);

        var result = order.Invoice(order.QuantitiesToInvoice(InvoiceScope.Delivered));

        Assert.Equal(DomainErrorKind.Conflict, result.ErrorKind);
        Assert.Equal("Nothing on this sales order is waiting to be invoiced.", result.Error);
    }

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.Cancelled)]
    public void Order_that_is_not_open_for_billing_cannot_be_invoiced(OrderStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, Order(status, (5, 5, 0)).Invoice(Quantities((1, 1))).ErrorKind);

    [Fact]
    public void Invoiced_order_cannot_be_invoiced_again() =>
        Assert.Equal("This sales order is already invoiced.", Order(OrderStatus.Invoiced, (5, 5, 5)).Invoice(Quantities((1, 1))).Error);

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    [InlineData(OrderStatus.Confirmed)]
    public void Staff_can_cancel_an_order_before_delivery(OrderStatus status) =>
        Assert.Equal(OrderStatus.Cancelled, Order(status, (5, 0, 0)).Cancel(OrderActor.Staff).Value.Status);

    [Fact]
    public void Staff_can_cancel_a_partly_delivered_order_with_nothing_invoiced() =>
        Assert.Equal(OrderStatus.Cancelled, Order(OrderStatus.PartlyDelivered, (5, 2, 0)).Cancel(OrderActor.Staff).Value.Status);

    [Fact]
    public void Partly_invoiced_order_cannot_be_cancelled() =>
        Assert.Equal(
            "A sales order that is partly invoiced can't be cancelled.",
            Order(OrderStatus.PartlyDelivered, (5, 2, 2)).Cancel(OrderActor.Staff).Error);

    [Fact]
    public void Delivered_order_cannot_be_cancelled() =>
        Assert.Equal("A sales order that is delivered can't be cancelled.", Order(OrderStatus.Delivered, (5, 5, 0)).Cancel(OrderActor.Staff).Error);

    [Fact]
    public void Invoiced_order_cannot_be_cancelled() =>
        Assert.Equal("A sales order that is invoiced can't be cancelled.", Order(OrderStatus.Invoiced, (5, 5, 5)).Cancel(OrderActor.Staff).Error);

    [Fact]
    public void Cancelled_order_cannot_be_cancelled_again() =>
        Assert.Equal("This sales order is already cancelled.", Order(OrderStatus.Cancelled, (5, 0, 0)).Cancel(OrderActor.Staff).Error);

    [Fact]
    public void Customer_can_cancel_a_submitted_order_in_the_portal() =>
        Assert.Equal(OrderStatus.Cancelled, Order(OrderStatus.Submitted, (5, 0, 0)).Cancel(OrderActor.Customer).Value.Status);

    [Fact]
    public void Customer_cannot_cancel_an_order_staff_confirmed() =>
        Assert.Equal(
            "An order that is confirmed can't be cancelled in the portal; please contact us.",
            Confirmed(5).Cancel(OrderActor.Customer).Error);

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Submitted)]
    public void Order_can_be_edited_until_confirmed(OrderStatus status) =>
        Assert.True(Order(status, (1, 0, 0)).EnsureEditable().IsSuccess);

    [Theory]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.PartlyDelivered)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Invoiced)]
    [InlineData(OrderStatus.Cancelled)]
    public void Confirmed_or_closed_order_cannot_be_edited(OrderStatus status) =>
        Assert.Equal(DomainErrorKind.Conflict, Order(status, (1, 0, 0)).EnsureEditable().ErrorKind);

    [Fact]
    public void Only_a_draft_order_can_be_deleted()
    {
        Assert.True(Order(OrderStatus.Draft, (1, 0, 0)).EnsureDeletable().IsSuccess);
        Assert.Equal(
            "A sales order that is submitted can't be deleted.",
            Order(OrderStatus.Submitted, (1, 0, 0)).EnsureDeletable().Error);
    }

    [Fact]
    public void Moves_do_not_change_the_original_order()
    {
        var order = Confirmed(5);

        _ = order.Deliver(Quantities((1, 5)));

        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(0m, order.Lines[0].Delivered);
    }

    [Fact]
    public void Order_lines_work_with_string_ids()
    {
        var order = new SalesOrder<string>(OrderStatus.Confirmed, [new OrderLine<string>("a", 2, 0, 0)]);

        Assert.Equal(OrderStatus.Delivered, order.Deliver([new LineQuantity<string>("a", 2)]).Value.Status);
    }
}
