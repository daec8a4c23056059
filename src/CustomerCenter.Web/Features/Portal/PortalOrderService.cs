using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// Orders placed and cancelled by customers in the Client Center. A placed order arrives in the workspace as
/// submitted by the customer for staff to confirm; until then the customer may cancel it.
/// </summary>
public sealed class PortalOrderService(AppDbContext db, PortalCatalog catalog, SalesDocumentService documents)
{
    public const decimal MaxQuantity = 1_000_000m;
    public const string NotOffered = "New orders can't be placed here. Please contact us to order.";

    public async Task<Outcome<SalesDocument>> PlaceAsync(PortalContext portal, PortalOrderRequest request, CancellationToken ct)
    {
        if (portal.Permissions?.AllowNewOrders != true)
        {
            return Outcome<SalesDocument>.Conflict(NotOffered);
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == portal.CustomerId, ct);
        var errors = new ValidationErrors();
        var lines = request.Lines;
        if (lines.Count == 0)
        {
            errors.Add("lines", "Enter a quantity for at least one item.");
        }
        else if (lines.Count > portal.Look.MaxOrderLines)
        {
            errors.Add("lines", $"An order can have at most {portal.Look.MaxOrderLines} {(portal.Look.MaxOrderLines == 1 ? "line" : "lines")}.");
        }
        else if (lines.DistinctBy(l => l.ItemId).Count() != lines.Count)
        {
            errors.Add("lines", "List each item once.");
        }

        var items = await catalog.FindAsync(portal.Look, customer.Currency, [.. lines.Select(l => l.ItemId).Distinct()], ct);
        for (var i = 0; i < lines.Count; i++)
        {
            var (itemId, quantity) = lines[i];
            if (!items.ContainsKey(itemId))
            {
                errors.Add($"lines[{i}].itemId", "This item can't be ordered here.");
            }

            if (quantity <= 0)
            {
                errors.Add($"lines[{i}].quantity", "The quantity must be more than zero.");
            }
            else if (quantity > MaxQuantity)
            {
                errors.Add($"lines[{i}].quantity", "The quantity can be at most 1,000,000.");
            }
            else if (decimal.Round(quantity, 3) != quantity)
            {
                errors.Add($"lines[{i}].quantity", "The quantity can have at most 3 decimals.");
            }
        }

        Address[] addresses = [customer.BillingAddress, .. customer.ShippingAddresses];
        if (request.DeliveryAddress < 0 || request.DeliveryAddress >= addresses.Length)
        {
            errors.Add("deliveryAddress", "Choose one of your addresses.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<SalesDocument>.Invalid(errors);
        }

        var input = new DocumentInput
        {
            CustomerId = customer.Id,
            Currency = customer.Currency,
            Reference = request.Reference,
            Notes = request.Notes,
            BillingAddress = AddressInput.From(customer.BillingAddress),
            ShippingAddress = AddressInput.From(addresses[request.DeliveryAddress]),
            Lines = [.. lines.Select(l => new DocumentLineInput
            {
                ItemId = l.ItemId,
                Quantity = l.Quantity,
                UnitPrice = items[l.ItemId].UnitPrice,
                TaxRate = items[l.ItemId].TaxRate,
            })],
        };
        return await documents.SubmitOrderAsync(input, ct);
    }

    /// <summary>Only the customer's own orders; the domain decides whether it may still be cancelled (until staff confirm it).</summary>
    public async Task<Outcome<SalesDocument>> CancelAsync(PortalContext portal, long orderId, CancellationToken ct)
    {
        var mine = await db.SalesDocuments.AnyAsync(
            d => d.Id == orderId && d.Kind == DocumentKind.SalesOrder && d.CustomerId == portal.CustomerId && d.Status != DocumentStatuses.Draft, ct);
        if (!mine)
        {
            return Outcome<SalesDocument>.NotFound();
        }

        if (portal.Permissions?.AllowCancel != true)
        {
            return Outcome<SalesDocument>.Conflict("Orders can't be cancelled here. Please contact us.");
        }

        return await documents.CancelOrderAsync(orderId, OrderActor.Customer, ct);
    }
}
