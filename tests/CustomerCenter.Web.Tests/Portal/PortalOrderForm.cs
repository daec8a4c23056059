using AngleSharp.Html.Dom;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>Fills the New Order form as a customer would: a quantity beside each chosen item, an address, a note.</summary>
public static class PortalOrderForm
{
    public static async Task<IHtmlDocument> PlaceOrderAsync(
        this PageClient page, string slug, IReadOnlyDictionary<long, string> quantities, int? deliveryAddress = null, string? notes = null, string? reference = null)
    {
        var form = await page.GetAsync($"/cc/{slug}/orders/new");
        return await page.SubmitAsync(form, "@new-order", Values(form, quantities, deliveryAddress, notes, reference), "Input.Action", "place");
    }

    public static Dictionary<string, string?> Values(
        IHtmlDocument form, IReadOnlyDictionary<long, string> quantities, int? deliveryAddress = null, string? notes = null, string? reference = null)
    {
        var values = new Dictionary<string, string?>();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden][name$='.ItemId']"))
        {
            var itemId = long.Parse(hidden.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
            if (quantities.TryGetValue(itemId, out var quantity))
            {
                values[hidden.GetAttribute("name")!.Replace(".ItemId", ".Quantity", StringComparison.Ordinal)] = quantity;
            }
        }

        if (deliveryAddress is { } index)
        {
            values["Input.DeliveryAddress"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        values["Input.Notes"] = notes;
        values["Input.Reference"] = reference;
        return values;
    }

    /// <summary>The ids of the items the form offers.</summary>
    public static IReadOnlyList<long> OfferedItems(this IHtmlDocument form) =>
        [.. form.QuerySelectorAll("input[type=hidden][name$='.ItemId']").Select(h => long.Parse(h.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture))];
}
