using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Portal;
using CustomerCenter.Web.Features.Sales;
using Microsoft.Extensions.DependencyInjection;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>
/// Two customers, A and B, in one center, each with an order waiting for confirmation, a confirmed and
/// delivered order, a posted invoice, a payment and portal logins; and customer C in another center.
/// Built once for the isolation matrix.
/// </summary>
public sealed class IsolationWorld : IAsyncLifetime
{
    public AppFactory App { get; } = new();

    public PortalWorld World { get; private set; } = default!;

    public string Slug { get; private set; } = "";

    public string OtherSlug { get; private set; } = "";

    public Party A { get; private set; } = default!;

    public Party B { get; private set; } = default!;

    public Party C { get; private set; } = default!;

    public sealed record Party(
        JsonNode Customer, PortalLogin Owner, PortalLogin User, JsonNode SubmittedOrder, JsonNode Order, JsonNode Invoice, JsonNode Payment)
    {
        public long CustomerId => Customer.Id();

        public string Name => Customer.Str("name");

        public string Number => Customer.Str("number");

        /// <summary>The ends of the portal addresses of this party's records.</summary>
        public IEnumerable<string> RecordPaths =>
        [
            $"/orders/{Order.Id()}", $"/orders/{SubmittedOrder.Id()}", $"/invoices/{Invoice.Id()}", $"/payments/{Payment.Id()}",
            $"/users/{Owner.Id}", $"/users/{User.Id}",
        ];

        /// <summary>Every text of this party that must never appear on another customer's pages.</summary>
        public IEnumerable<string> Secrets =>
        [
            Name, Number, Order.Str("number"), Invoice.Str("number"), Payment.Str("number"), Owner.Email, User.Email, "Secret note " + Name,
        ];
    }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        World = await PortalWorld.CreateAsync(App);
        Slug = await World.CreateCenterAsync(new { orders = new { allowNewOrders = true } });
        OtherSlug = await World.CreateCenterAsync(new { orders = new { allowNewOrders = true } });
        await World.CreateItemAsync("ISO-1", 10m);
        A = await PartyAsync(Slug, "Alpha Own");
        B = await PartyAsync(Slug, "Bravo Foreign");
        C = await PartyAsync(OtherSlug, "Charlie Elsewhere");
    }

    private async Task<Party> PartyAsync(string slug, string name)
    {
        var customer = await World.CreateCustomerAsync(slug, $"{name} {PortalWorld.Tag()}");
        var id = customer.Id();
        var owner = await World.AddLoginAsync(slug, id, PortalRole.Owner);
        var user = await World.AddLoginAsync(slug, id, PortalRole.User);
        long submitted;
        await using (var scope = World.App.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<SalesDocumentService>();
            var placed = await service.SubmitOrderAsync(new DocumentInput
            {
                CustomerId = id,
                Notes = "Secret note " + customer.Str("name"),
                Lines = [new DocumentLineInput { Description = "Bolts", Quantity = 3, UnitPrice = 2m, TaxRate = 19m }],
            }, default);
            submitted = placed.Value!.Id;
        }

        var order = await World.ConfirmedOrderAsync(id);
        await World.DeliverAllAsync(order);
        var invoice = await World.PostedInvoiceAsync(id, 100m, reference: "REF-" + name.Replace(' ', '-'));
        var payment = await World.PaymentAsync(id, 50m, (invoice.Id(), 50m));
        return new Party(customer, owner, user, new JsonObject { ["id"] = submitted }, order, invoice, payment);
    }

    async Task IAsyncLifetime.DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
}
