using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Export;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Payments;

public static class PaymentEndpoints
{
    public static void MapPaymentEndpoints(this IEndpointRouteBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments");
        payments.MapGet("/", (HttpContext http, PaymentQueries queries, CancellationToken ct, string? search, string? sort, int? page, int? pageSize,
                long? customerId, string? status, string? method, string? from, string? to) =>
                List(http, queries, ct, search, sort, page, pageSize, customerId, status, method, from, to))
            .WithName("ListPayments");
        payments.MapPost("/", async (PaymentInput input, PaymentService service, PaymentQueries queries, CancellationToken ct) =>
                await Created(await service.RecordAsync(input, ct), queries, ct))
            .WithName("RecordPayment")
            .WithDescription("Records a payment and applies it to the invoices given; the rest stays as unapplied credit. Honours Idempotency-Key.")
            .RequireAuthorization(Policies.Finance).AddEndpointFilter<IdempotencyFilter>();
        payments.MapGet("/{id:long}", async Task<Results<Ok<PaymentDto>, NotFound>> (long id, PaymentQueries queries, HttpResponse response, CancellationToken ct) =>
            {
                var payment = await queries.GetAsync(id, null, ct);
                if (payment is null)
                {
                    return TypedResults.NotFound();
                }

                ETags.Set(response, payment.Version);
                return TypedResults.Ok(payment);
            })
            .WithName("GetPayment");
        payments.MapPost("/{id:long}/allocations", async (long id, ApplyCreditInput input, PaymentService service, PaymentQueries queries, CancellationToken ct) =>
                await Ok(await service.ApplyCreditAsync(id, input, ct), queries, ct))
            .WithName("ApplyPaymentCredit").WithDescription("Applies the payment's unapplied credit to open invoices.")
            .RequireAuthorization(Policies.Finance);
        payments.MapPost("/{id:long}/reverse", async (long id, ReverseInput? input, PaymentService service, PaymentQueries queries, CancellationToken ct) =>
                await Ok(await service.ReverseAsync(id, input ?? new ReverseInput(), ct), queries, ct))
            .WithName("ReversePayment").WithDescription("Undoes a posted payment; its invoices open again. Both entries stay in the ledger.")
            .RequireAuthorization(Policies.Finance);

        var cheques = api.MapGroup("/cheques").WithTags("Cheques");
        cheques.MapGet("/", (HttpContext http, PaymentQueries queries, CancellationToken ct, string? search, string? sort, int? page, int? pageSize,
                long? customerId, string? status, string? from, string? to) =>
                List(http, queries, ct, search, sort, page, pageSize, customerId, status ?? "received", "cheque", from, to))
            .WithName("ListCheques").WithDescription("Cheques; by default the received ones not yet deposited (status=received|posted|bounced|reversed).");
        cheques.MapPost("/{id:long}/deposit", async (long id, DepositInput? input, PaymentService service, PaymentQueries queries, CancellationToken ct) =>
                await Ok(await service.DepositAsync(id, input ?? new DepositInput(), ct), queries, ct))
            .WithName("DepositCheque").RequireAuthorization(Policies.Finance);
        cheques.MapPost("/{id:long}/bounce", async (long id, ReverseInput? input, PaymentService service, PaymentQueries queries, CancellationToken ct) =>
                await Ok(await service.BounceAsync(id, input ?? new ReverseInput(), ct), queries, ct))
            .WithName("BounceCheque").RequireAuthorization(Policies.Finance);

        var refunds = api.MapGroup("/refunds").WithTags("Refunds");
        refunds.MapGet("/", async (PaymentQueries queries, CancellationToken ct, long? customerId) => TypedResults.Ok(await queries.RefundsAsync(customerId, 200, ct)))
            .WithName("ListRefunds");
        refunds.MapGet("/{id:long}", async Task<Results<Ok<RefundDto>, NotFound>> (long id, PaymentQueries queries, CancellationToken ct) =>
                await queries.RefundAsync(id, ct) is { } refund ? TypedResults.Ok(refund) : TypedResults.NotFound())
            .WithName("GetRefund");
        refunds.MapPost("/", async Task<Results<Created<RefundDto>, ProblemHttpResult>> (RefundInput input, RefundService service, PaymentQueries queries, CancellationToken ct) =>
            {
                var outcome = await service.CreateAsync(input, ct);
                return outcome.IsOk
                    ? TypedResults.Created($"/api/v1/refunds/{outcome.Value!.Id}", (await queries.RefundAsync(outcome.Value.Id, ct))!)
                    : OutcomeResults.Problem(outcome);
            })
            .WithName("CreateRefund").WithDescription("Pays back a payment's unapplied credit or a credit note's open amount.")
            .RequireAuthorization(Policies.Finance).AddEndpointFilter<IdempotencyFilter>();
    }

    private static async Task<Results<Ok<Paged<PaymentListItem>>, EmptyHttpResult, ValidationProblem>> List(
        HttpContext http, PaymentQueries queries, CancellationToken ct, string? search, string? sort, int? page, int? pageSize,
        long? customerId, string? status, string? method, string? from, string? to)
    {
        var errors = new ValidationErrors();
        var filter = PaymentFilters.Parse(search, sort, page, pageSize, customerId, status, method, from, to, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (CsvResponse.IsWanted(http.Request))
        {
            await PaymentCsv.WriteAsync(http.Response, queries.StreamAsync(filter), ct);
            return TypedResults.Empty;
        }

        return TypedResults.Ok(await queries.ListAsync(filter, ct));
    }

    private static async Task<Results<Created<PaymentDto>, ProblemHttpResult>> Created(Outcome<Payment> outcome, PaymentQueries queries, CancellationToken ct) =>
        outcome.IsOk
            ? TypedResults.Created($"/api/v1/payments/{outcome.Value!.Id}", (await queries.GetAsync(outcome.Value.Id, null, ct))!)
            : OutcomeResults.Problem(outcome);

    private static async Task<Results<Ok<PaymentDto>, ProblemHttpResult>> Ok(Outcome<Payment> outcome, PaymentQueries queries, CancellationToken ct) =>
        outcome.IsOk ? TypedResults.Ok((await queries.GetAsync(outcome.Value!.Id, null, ct))!) : OutcomeResults.Problem(outcome);
}
