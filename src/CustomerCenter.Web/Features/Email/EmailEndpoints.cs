using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Idempotency;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Sales;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Email;

/// <summary>Sending quotes, invoices, credit notes and statements by email, and reading what was sent.</summary>
public static class EmailEndpoints
{
    public static void MapEmailEndpoints(this IEndpointRouteBuilder api)
    {
        foreach (var kind in new[] { DocumentKind.Quote, DocumentKind.Invoice, DocumentKind.CreditNote })
        {
            var group = api.MapGroup("/" + DocumentPaths.Segment(kind)).WithTags(DocumentPaths.Plural(kind));
            var word = DocumentPaths.RouteWord(kind);
            group.MapPost("/{id:long}/email", async Task<Results<Accepted<EmailDto>, ProblemHttpResult>> (
                    long id, EmailRequest? request, DocumentMailer mailer, CancellationToken ct) =>
                    Answer(await mailer.SendAsync(kind, id, request ?? new EmailRequest(), ct)))
                .WithName($"Email{word}")
                .WithDescription("Queues the document's PDF by email. Recipients default to the customer's contacts marked To/Cc/Bcc, subject and text to the template in the customer's language; a draft answers 409. Honours Idempotency-Key.")
                .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();
            group.MapGet("/{id:long}/emails", async Task<Ok<List<EmailDto>>> (long id, EmailQueries emails, CancellationToken ct) =>
                    TypedResults.Ok(await emails.ListAsync(null, id, 100, ct)))
                .WithName($"List{word}Emails");
        }

        var customers = api.MapGroup("/customers/{customerId:long}").WithTags("Customers");
        customers.MapPost("/statement/email", async Task<Results<Accepted<EmailDto>, ProblemHttpResult>> (
                long customerId, EmailRequest? request, DocumentMailer mailer, CancellationToken ct, string? from, string? to, string? currency) =>
                Answer(await mailer.SendStatementAsync(customerId, from, to, currency, request ?? new EmailRequest(), ct)))
            .WithName("EmailCustomerStatement")
            .WithDescription("Queues the statement PDF (`from`/`to`/`currency` as for the statement) by email, like a document. Honours Idempotency-Key.")
            .RequireAuthorization(Policies.CanEdit).AddEndpointFilter<IdempotencyFilter>();

        var emails = api.MapGroup("/emails").WithTags("Emails");
        emails.MapGet("/", async Task<Results<Ok<List<EmailDto>>, NotFound>> (long? customerId, long? documentId, CustomerReader customers, EmailQueries queries, CancellationToken ct) =>
                customerId is { } id && !await customers.ExistsAsync(id, ct)
                    ? TypedResults.NotFound()
                    : TypedResults.Ok(await queries.ListAsync(customerId, documentId, 200, ct)))
            .WithName("ListEmails").WithDescription("The latest 200 emails, of a customer or a document; status queued, sent, retrying or failed.");
        emails.MapGet("/{id:long}", async Task<Results<Ok<EmailDto>, NotFound>> (long id, EmailQueries queries, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is { } email ? TypedResults.Ok(email) : TypedResults.NotFound())
            .WithName("GetEmail");
    }

    private static Results<Accepted<EmailDto>, ProblemHttpResult> Answer(Outcome<OutboxMessage> outcome) =>
        outcome.IsOk
            ? TypedResults.Accepted($"/api/v1/emails/{outcome.Value!.Id}", EmailDto.From(outcome.Value))
            : OutcomeResults.Problem(outcome);
}
