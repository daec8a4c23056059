using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Payments;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>
/// The start page's counts and lists. Each is one indexed query: documents by (Kind, Status, Date),
/// payments by (Status, Method, Date), tasks by (Assignee, Status, DueDate) and (Status, DueDate).
/// </summary>
public sealed class StartPageQueries(AppDbContext db, TaskQueries tasks, CommentService comments)
{
    public const int ListSize = 6;

    public async Task<StartPage> LoadAsync(long? staffUserId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var monthFrom = Iso(monthStart);
        var monthTo = Iso(monthStart.AddMonths(1).AddDays(-1));

        var followUps = new List<FollowUp>
        {
            await DocumentsAsync("Open quotes", DocumentKind.Quote, ["sent"], "/quotes?status=sent", false, ct),
            await DocumentsAsync("Orders not completed", DocumentKind.SalesOrder, DocumentStatuses.Groups["open"], "/orders?status=open", false, ct),
            await DocumentsAsync("Deliveries to do", DocumentKind.SalesOrder, DocumentStatuses.Groups["toDeliver"], "/orders?status=toDeliver", false, ct),
            await DocumentsAsync("Unpaid invoices", DocumentKind.Invoice, DocumentStatuses.Groups["unpaid"], "/invoices?status=unpaid", false, ct, open: true),
            await OverdueAsync(today, ct),
            await ChequesAsync(ct),
            await RefundsAsync(monthStart, ct),
        };

        var thisMonth = new List<MonthFigure>
        {
            await InvoicedAsync(monthStart, $"/invoices?from={monthFrom}&to={monthTo}", ct),
            await ReceivedAsync(monthStart, $"/payments?from={monthFrom}&to={monthTo}", ct),
            new("Quotes made", await db.SalesDocuments.CountAsync(d => d.Kind == DocumentKind.Quote && d.Date >= monthStart, ct), [], $"/quotes?from={monthFrom}&to={monthTo}"),
            new("Orders made", await db.SalesDocuments.CountAsync(d => d.Kind == DocumentKind.SalesOrder && d.Date >= monthStart, ct), [], $"/orders?from={monthFrom}&to={monthTo}"),
            new("New customers", await db.Customers.CountAsync(c => c.TrashedAt == null && c.CreatedAt >= ActivityDates.StartOf(monthStart), ct), [], "/customers?sort=-createdAt"),
        };

        var errors = new ValidationErrors();
        var mine = staffUserId is { } me
            ? await tasks.ListAsync(TaskListFilter.Parse(null, null, 1, ListSize, null, me, "open", null, null, null, errors), ct)
            : new Paged<TaskDto>([], 1, ListSize, 0);
        var overdue = await tasks.ListAsync(TaskListFilter.Parse(null, null, 1, ListSize, null, null, "open", true, null, null, errors), ct);
        var mentions = staffUserId is { } id ? await comments.MentioningAsync(id, ListSize, ct) : [];
        return new StartPage(followUps, thisMonth, mine.Items, mine.Total, overdue.Items, overdue.Total, mentions);
    }

    private async Task<FollowUp> DocumentsAsync(string label, DocumentKind kind, string[] statuses, string link, bool alert, CancellationToken ct, bool open = false)
    {
        var rows = await db.SalesDocuments.Where(d => d.Kind == kind && statuses.Contains(d.Status))
            .GroupBy(d => d.Currency).Select(g => new { g.Key, Count = g.Count(), Sum = open ? g.Sum(d => d.OpenMinor) : g.Sum(d => d.TotalMinor) })
            .ToListAsync(ct);
        return new FollowUp(label, rows.Sum(r => r.Count), Amounts(rows.Select(r => (r.Sum, r.Key))), link, alert && rows.Count > 0);
    }

    private async Task<FollowUp> OverdueAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await db.SalesDocuments
            .Where(d => d.Kind == DocumentKind.Invoice && (d.Status == "posted" || d.Status == "partlyPaid") && d.DueDate < today && d.OpenMinor > 0)
            .GroupBy(d => d.Currency).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(d => d.OpenMinor) })
            .ToListAsync(ct);
        return new FollowUp("Overdue invoices", rows.Sum(r => r.Count), Amounts(rows.Select(r => (r.Sum, r.Key))), "/invoices?status=overdue", rows.Count > 0);
    }

    private async Task<FollowUp> ChequesAsync(CancellationToken ct)
    {
        var rows = await db.Payments.Where(p => p.Status == PaymentStatus.Received && p.Method == PaymentMethod.Cheque)
            .GroupBy(p => p.Currency).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(p => p.AmountMinor) })
            .ToListAsync(ct);
        return new FollowUp("Cheques to deposit", rows.Sum(r => r.Count), Amounts(rows.Select(r => (r.Sum, r.Key))), "/cheques", false);
    }

    private async Task<FollowUp> RefundsAsync(DateOnly monthStart, CancellationToken ct)
    {
        var rows = await db.Refunds.Where(r => r.Date >= monthStart)
            .GroupBy(r => r.Currency).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.AmountMinor) })
            .ToListAsync(ct);
        return new FollowUp("Refunds this month", rows.Sum(r => r.Count), Amounts(rows.Select(r => (r.Sum, r.Key))), "/refunds", false);
    }

    private async Task<MonthFigure> InvoicedAsync(DateOnly monthStart, string link, CancellationToken ct)
    {
        var rows = await db.SalesDocuments.Where(d => d.Kind == DocumentKind.Invoice && d.Status != DocumentStatuses.Draft && d.Date >= monthStart)
            .GroupBy(d => d.Currency).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(d => d.TotalMinor) })
            .ToListAsync(ct);
        return new MonthFigure("Invoiced", rows.Sum(r => r.Count), Amounts(rows.Select(r => (r.Sum, r.Key))), link);
    }

    private async Task<MonthFigure> ReceivedAsync(DateOnly monthStart, string link, CancellationToken ct)
    {
        var rows = await db.Payments.Where(p => p.Date >= monthStart && p.Status != PaymentStatus.Reversed && p.Status != PaymentStatus.Bounced)
            .GroupBy(p => p.Currency).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(p => p.AmountMinor) })
            .ToListAsync(ct);
        return new MonthFigure("Payments received", rows.Sum(r => r.Count), Amounts(rows.Select(r => (r.Sum, r.Key))), link);
    }

    private static List<CurrencyTotal> Amounts(IEnumerable<(long Sum, string Currency)> rows) =>
        [.. rows.OrderByDescending(r => r.Sum).Select(r => new CurrencyTotal(r.Sum, r.Currency))];

    private static string Iso(DateOnly date) => ActivityDates.Iso(date);
}
