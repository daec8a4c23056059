using System.Globalization;

namespace CustomerCenter.Domain.Documents;

/// <summary>
/// A sales order's status and line quantities, with the moves it can make. Each move returns the changed order
/// (the host copies status and quantities back) or says why not. Once confirmed, the status follows the
/// quantities: everything ordered invoiced → Invoiced; otherwise all delivered → Delivered, some →
/// PartlyDelivered, none → Confirmed. An order invoiced in advance (prepayment, "invoice all") can still
/// deliver what is left and stays Invoiced.
/// </summary>
public sealed record SalesOrder<TLineId>(OrderStatus Status, IReadOnlyList<OrderLine<TLineId>> Lines)
    where TLineId : notnull
{
    public DomainResult<SalesOrder<TLineId>> Confirm()
    {
        if (Status is not (OrderStatus.Draft or OrderStatus.Submitted))
        {
            return Refuse("confirmed");
        }

        return Lines.Count == 0
            ? DomainResult<SalesOrder<TLineId>>.Conflict("A sales order without lines can't be confirmed.")
            : Ok(this with { Status = OrderStatus.Confirmed });
    }

    /// <summary>
    /// Records delivered quantities. Zero quantities are skipped; at least one must be positive, and no line
    /// may get more than it still has open. Errors are keyed "lines[i].lineId" / "lines[i].quantity".
    /// </summary>
    public DomainResult<SalesOrder<TLineId>> Deliver(IReadOnlyList<LineQuantity<TLineId>> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (Status is not (OrderStatus.Confirmed or OrderStatus.PartlyDelivered or OrderStatus.Invoiced))
        {
            return Refuse("delivered");
        }

        if (Lines.All(line => line.OpenToDeliver <= 0))
        {
            return DomainResult<SalesOrder<TLineId>>.Conflict("Everything on this sales order has been delivered.");
        }

        var errors = ValidateQuantities(quantities, line => line.OpenToDeliver, "delivered");
        if (!errors.IsEmpty)
        {
            return DomainResult<SalesOrder<TLineId>>.Invalid(errors);
        }

        if (quantities.All(q => q.Quantity == 0))
        {
            return DomainResult<SalesOrder<TLineId>>.Invalid("lines", "Give a quantity for at least one line.");
        }

        return Ok(Apply(quantities, (line, quantity) => line with { Delivered = line.Delivered + quantity }));
    }

    /// <summary>The quantities an invoice should bill; empty when there is nothing to bill.</summary>
    public IReadOnlyList<LineQuantity<TLineId>> QuantitiesToInvoice(InvoiceScope scope) =>
        [.. Lines
            .Select(line => new LineQuantity<TLineId>(
                line.Id,
                scope == InvoiceScope.All ? line.OpenToInvoice : line.DeliveredNotInvoiced))
            .Where(q => q.Quantity > 0)];

    /// <summary>
    /// Records invoiced quantities (usually <see cref="QuantitiesToInvoice"/>). A line can be invoiced up to what
    /// was ordered; invoicing ahead of delivery is allowed, so "invoice all" works for prepayment.
    /// </summary>
    public DomainResult<SalesOrder<TLineId>> Invoice(IReadOnlyList<LineQuantity<TLineId>> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        if (Status is not (OrderStatus.Confirmed or OrderStatus.PartlyDelivered or OrderStatus.Delivered))
        {
            return Refuse("invoiced");
        }

        // Billing is usually asked for without input ("invoice what is delivered"), so nothing to bill is a
        // conflict with the order's state, not a field error.
        if (quantities.All(q => q.Quantity == 0))
        {
            return DomainResult<SalesOrder<TLineId>>.Conflict("Nothing on this sales order is waiting to be invoiced.");
        }

        var errors = ValidateQuantities(quantities, line => line.OpenToInvoice, "invoiced");
        if (!errors.IsEmpty)
        {
            return DomainResult<SalesOrder<TLineId>>.Invalid(errors);
        }

        return Ok(Apply(quantities, (line, quantity) => line with { Invoiced = line.Invoiced + quantity }));
    }

    /// <summary>Gives invoiced quantities back, when a draft invoice made from this order is deleted.</summary>
    public SalesOrder<TLineId> ReleaseInvoiced(IReadOnlyList<LineQuantity<TLineId>> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        return Apply(quantities, (line, quantity) => line with { Invoiced = Math.Max(0, line.Invoiced - quantity) });
    }

    /// <summary>
    /// Staff can cancel until the order is delivered or anything on it is invoiced; a customer can cancel in
    /// the portal only while staff have not confirmed it. A cancelled order can't change again.
    /// </summary>
    public DomainResult<SalesOrder<TLineId>> Cancel(OrderActor by)
    {
        if (Status == OrderStatus.Cancelled)
        {
            return DomainResult<SalesOrder<TLineId>>.Conflict("This sales order is already cancelled.");
        }

        if (by == OrderActor.Customer && Status != OrderStatus.Submitted)
        {
            return DomainResult<SalesOrder<TLineId>>.Conflict(
                $"An order that is {Describe(Status)} can't be cancelled in the portal; please contact us.");
        }

        if (Status is OrderStatus.Delivered or OrderStatus.Invoiced)
        {
            return Refuse("cancelled");
        }

        return Lines.Any(line => line.Invoiced > 0)
            ? DomainResult<SalesOrder<TLineId>>.Conflict("A sales order that is partly invoiced can't be cancelled.")
            : Ok(this with { Status = OrderStatus.Cancelled });
    }

    /// <summary>Lines and prices can change until the order is confirmed.</summary>
    public DomainResult EnsureEditable() =>
        Status is OrderStatus.Draft or OrderStatus.Submitted
            ? DomainResult.Ok()
            : DomainResult.Conflict($"A sales order that is {Describe(Status)} can't be changed.");

    /// <summary>Only drafts can be deleted; a submitted order is the customer's and is cancelled instead.</summary>
    public DomainResult EnsureDeletable() =>
        Status == OrderStatus.Draft
            ? DomainResult.Ok()
            : DomainResult.Conflict($"A sales order that is {Describe(Status)} can't be deleted.");

    private FieldErrors ValidateQuantities(
        IReadOnlyList<LineQuantity<TLineId>> quantities, Func<OrderLine<TLineId>, decimal> open, string done)
    {
        if (quantities.Count == 0)
        {
            return FieldErrors.Single("lines", "Give a quantity for at least one line.");
        }

        var byId = Lines.ToDictionary(line => line.Id);
        var seen = new HashSet<TLineId>();
        var errors = new List<(string, string)>();
        for (var i = 0; i < quantities.Count; i++)
        {
            var (lineId, quantity) = quantities[i];
            if (!byId.TryGetValue(lineId, out var line))
            {
                errors.Add(($"lines[{i}].lineId", "This line is not on the sales order."));
            }
            else if (!seen.Add(lineId))
            {
                errors.Add(($"lines[{i}].lineId", "This line is listed more than once."));
            }
            else if (quantity < 0)
            {
                errors.Add(($"lines[{i}].quantity", "Quantity can't be negative."));
            }
            else if (!Decimals.HasAtMost(quantity, LineCalculator.QuantityDecimals))
            {
                errors.Add(($"lines[{i}].quantity", $"Quantity can have at most {LineCalculator.QuantityDecimals} decimals."));
            }
            else if (quantity > open(line))
            {
                errors.Add(($"lines[{i}].quantity", $"Only {Quantity(open(line))} can still be {done} on this line."));
            }
        }

        return new FieldErrors(errors);
    }

    private SalesOrder<TLineId> Apply(
        IReadOnlyList<LineQuantity<TLineId>> quantities, Func<OrderLine<TLineId>, decimal, OrderLine<TLineId>> change)
    {
        var byId = quantities.ToDictionary(q => q.LineId, q => q.Quantity);
        var lines = Lines.Select(line => byId.TryGetValue(line.Id, out var quantity) ? change(line, quantity) : line).ToList();
        return new SalesOrder<TLineId>(Progress(lines), lines);
    }

    private static OrderStatus Progress(IReadOnlyList<OrderLine<TLineId>> lines)
    {
        if (lines.All(line => line.Invoiced >= line.Ordered))
        {
            return OrderStatus.Invoiced;
        }

        if (lines.All(line => line.Delivered >= line.Ordered))
        {
            return OrderStatus.Delivered;
        }

        return lines.Any(line => line.Delivered > 0) ? OrderStatus.PartlyDelivered : OrderStatus.Confirmed;
    }

    private static DomainResult<SalesOrder<TLineId>> Ok(SalesOrder<TLineId> order) => DomainResult<SalesOrder<TLineId>>.Ok(order);

    private DomainResult<SalesOrder<TLineId>> Refuse(string move) =>
        DomainResult<SalesOrder<TLineId>>.Conflict(Describe(Status) == move
            ? $"This sales order is already {move}."
            : $"A sales order that is {Describe(Status)} can't be {move}.");

    private static string Describe(OrderStatus status) => status switch
    {
        OrderStatus.Submitted => "submitted",
        OrderStatus.Draft => "still a draft",
        OrderStatus.Confirmed => "confirmed",
        OrderStatus.PartlyDelivered => "partly delivered",
        OrderStatus.Delivered => "delivered",
        OrderStatus.Invoiced => "invoiced",
        OrderStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static string Quantity(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
