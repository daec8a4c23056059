using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Export;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Sales;

/// <summary>The same list/get/create/replace/delete endpoints for every kind, plus each kind's moves.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder api)
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            MapKind(api, kind);
        }

        var quotes = api.MapGroup("/quotes").WithTags("Quotes");
        Action(quotes, DocumentKind.Quote, "send", (s, id, ct) => s.SendQuoteAsync(id, ct));
        Action(quotes, DocumentKind.Quote, "accept", (s, id, ct) => s.AcceptQuoteAsync(id, ct));
        Action(quotes, DocumentKind.Quote, "decline", (s, id, ct) => s.DeclineQuoteAsync(id, ct));
        quotes.MapPost("/{id:long}/convert", async (long id, SalesDocumentService service, DocumentQueries queries, CancellationToken ct) =>
                await Created(await service.ConvertQuoteAsync(id, ct), queries, ct))
            .WithName("ConvertQuote").WithDescription("Makes a draft sales order from an accepted quote.")
            .RequireAuthorization(Policies.Sales);

        var orders = api.MapGroup("/orders").WithTags("Orders");
        Action(orders, DocumentKind.SalesOrder, "confirm", (s, id, ct) => s.ConfirmOrderAsync(id, ct));
        Action(orders, DocumentKind.SalesOrder, "cancel", (s, id, ct) => s.CancelOrderAsync(id, OrderActor.Staff, ct));
        orders.MapPost("/{id:long}/deliver", async (long id, DeliverRequest request, SalesDocumentService service, DocumentQueries queries, CancellationToken ct) =>
                await Created(await service.DeliverAsync(id, request, ct), queries, ct))
            .WithName("DeliverOrder").WithDescription("Records a delivery: `{ lines: [{ lineId, quantity }] }` → the delivery note.")
            .RequireAuthorization(Policies.Sales);
        orders.MapPost("/{id:long}/invoice", async (long id, InvoiceOrderRequest? request, SalesDocumentService service, DocumentQueries queries, CancellationToken ct) =>
                await Created(await service.InvoiceOrderAsync(id, request ?? new InvoiceOrderRequest(null, null), ct), queries, ct))
            .WithName("InvoiceOrder").WithDescription("A draft invoice for what is delivered and not yet invoiced (`scope: delivered`, default) or everything not invoiced (`scope: all`).")
            .RequireAuthorization(Policies.Sales);

        var invoices = api.MapGroup("/invoices").WithTags("Invoices");
        Action(invoices, DocumentKind.Invoice, "post", (s, id, ct) => s.PostInvoiceAsync(id, ct), Policies.CanEdit);
        var creditNotes = api.MapGroup("/credit-notes").WithTags("Credit notes");
        Action(creditNotes, DocumentKind.CreditNote, "post", (s, id, ct) => s.PostCreditNoteAsync(id, ct), Policies.CanEdit);
    }

    private static void MapKind(IEndpointRouteBuilder api, DocumentKind kind)
    {
        var word = DocumentPaths.RouteWord(kind);
        var group = api.MapGroup("/" + DocumentPaths.Segment(kind)).WithTags(DocumentPaths.Plural(kind));
        group.MapGet("/", (HttpContext http, DocumentQueries queries, CancellationToken ct, string? search, string? sort, int? page, int? pageSize,
                    string? status, string? from, string? to, long? customerId) =>
                List(kind, http, queries, ct, search, sort, page, pageSize, status, from, to, customerId))
            .WithName($"List{word}s")
            .WithDescription("Search by number, reference or customer; filter by status and date range (YYYY-MM-DD); sort by date, number, customer, reference, total, amountDue, dueDate or status. Answers text/csv when asked.");
        group.MapGet("/{id:long}", async (long id, DocumentQueries queries, HttpResponse response, CancellationToken ct) =>
            {
                var document = await queries.GetAsync(kind, id, ct);
                if (document is null)
                {
                    return (Results<Ok<DocumentDto>, NotFound>)TypedResults.NotFound();
                }

                ETags.Set(response, document.Version);
                return TypedResults.Ok(document);
            })
            .WithName($"Get{word}");

        if (kind == DocumentKind.DeliveryNote)
        {
            group.MapPost("/", async (DeliveryNoteRequest request, SalesDocumentService service, DocumentQueries queries, CancellationToken ct) =>
                    request.OrderId is { } orderId
                        ? await Created(await service.DeliverAsync(orderId, new DeliverRequest(request.Lines, request.Date), ct), queries, ct)
                        : OutcomeResults.Problem(Outcome<SalesDocument>.Invalid("orderId", "A delivery note is made from a confirmed sales order: give its id.")))
                .WithName("CreateDeliveryNote").RequireAuthorization(Policies.Sales).AddEndpointFilter<IdempotencyFilter>();
            return;
        }

        group.MapPost("/", async (DocumentInput input, SalesDocumentService service, DocumentQueries queries, CancellationToken ct) =>
                await Created(await service.CreateAsync(kind, input, ct), queries, ct))
            .WithName($"Create{word}").RequireAuthorization(DocumentPolicies.For(kind)).AddEndpointFilter<IdempotencyFilter>();
        group.MapPut("/{id:long}", async (long id, DocumentInput input, SalesDocumentService service, DocumentQueries queries, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                await Ok(await service.UpdateAsync(kind, id, input, ETags.ExpectedVersion(request), ct), queries, response, ct))
            .WithName($"Update{word}").WithDescription("Drafts only; a posted or confirmed document answers 409.").RequireAuthorization(DocumentPolicies.For(kind));
        group.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, SalesDocumentService service, HttpRequest request, CancellationToken ct) =>
            {
                var outcome = await service.DeleteAsync(kind, id, ETags.ExpectedVersion(request), ct);
                return outcome.IsOk ? TypedResults.NoContent() : OutcomeResults.Problem(outcome);
            })
            .WithName($"Delete{word}").WithDescription("Drafts only.").RequireAuthorization(DocumentPolicies.For(kind));
    }

    public sealed record DeliveryNoteRequest(long? OrderId, List<OrderLineQuantity>? Lines, DateOnly? Date);

    private static void Action(
        RouteGroupBuilder group, DocumentKind kind, string action, Func<SalesDocumentService, long, CancellationToken, Task<Outcome<SalesDocument>>> run,
        string policy = Policies.Sales) =>
        group.MapPost($"/{{id:long}}/{action}", async (long id, SalesDocumentService service, DocumentQueries queries, HttpResponse response, CancellationToken ct) =>
                await Ok(await run(service, id, ct), queries, response, ct))
            .WithName($"{char.ToUpperInvariant(action[0])}{action[1..]}{DocumentPaths.RouteWord(kind)}")
            .RequireAuthorization(policy);

    private static async Task<Results<Ok<Paged<DocumentListItem>>, EmptyHttpResult, ValidationProblem>> List(
        DocumentKind kind, HttpContext http, DocumentQueries queries, CancellationToken ct,
        string? search, string? sort, int? page, int? pageSize, string? status, string? from, string? to, long? customerId)
    {
        var errors = new ValidationErrors();
        var filter = DocumentListFilter.Parse(kind, search, sort, page, pageSize, status, from, to, customerId, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (CsvResponse.IsWanted(http.Request))
        {
            await DocumentCsv.WriteAsync(http.Response, kind, queries.StreamAsync(filter), ct);
            return TypedResults.Empty;
        }

        return TypedResults.Ok(await queries.ListAsync(filter, ct));
    }

    private static async Task<Results<Created<DocumentDto>, ProblemHttpResult>> Created(Outcome<SalesDocument> outcome, DocumentQueries queries, CancellationToken ct)
    {
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        var dto = await queries.ToDtoAsync(outcome.Value!, ct);
        return TypedResults.Created($"/api/v1/{DocumentPaths.Segment(dto.Kind)}/{dto.Id}", dto);
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> Ok(
        Outcome<SalesDocument> outcome, DocumentQueries queries, HttpResponse response, CancellationToken ct)
    {
        if (!outcome.IsOk)
        {
            return OutcomeResults.Problem(outcome);
        }

        var dto = await queries.ToDtoAsync(outcome.Value!, ct);
        ETags.Set(response, dto.Version);
        return TypedResults.Ok(dto);
    }
}
