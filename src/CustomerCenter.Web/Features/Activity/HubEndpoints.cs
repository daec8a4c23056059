using System.Security.Claims;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>What the hub pages show, for API clients: the start page's figures and a customer's transactions.</summary>
public static class HubEndpoints
{
    public static void MapHubEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/start", async Task<Ok<StartPage>> (StartPageQueries start, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await start.LoadAsync(user.StaffUserId(), ct)))
            .WithTags("Activity").WithName("GetStartPage")
            .WithDescription("The start page: follow-up lists (count, open amounts per currency, link to the filtered list), this month's figures, the caller's open tasks, overdue tasks and mentions of the caller.");
        api.MapGet("/customers/{customerId:long}/transactions", Transactions)
            .WithTags("Activity").WithName("ListCustomerTransactions")
            .WithDescription("The customer's documents, payments, cheques and refunds in one list: `type` (quote, salesOrder, deliveryNote, invoice, creditNote, payment, cheque, refund), `from`/`to` (YYYY-MM-DD), `sort` (date, number, amount, status; `-` for descending; default newest first), `page`, `pageSize`.");
    }

    private static async Task<Results<Ok<Paged<TransactionRow>>, NotFound, ValidationProblem>> Transactions(
        long customerId, CustomerReader customers, TransactionQueries transactions, CancellationToken ct,
        string? type, string? from, string? to, string? sort, int? page, int? pageSize)
    {
        var errors = new ValidationErrors();
        var filter = TransactionFilter.Parse(type, from, to, sort, page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await customers.ExistsAsync(customerId, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await transactions.ListAsync(customerId, filter, ct));
    }
}
