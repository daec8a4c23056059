using System.Text;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Activity;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>The hub pages worth a picture: the customer, one of its projects and invoices.</summary>
public sealed record HubPages(long Customer, long Project, long Invoice);

/// <summary>
/// The demo data has documents and payments but no calls, comments, tasks, projects, files or emails: these are
/// added for one demo customer through the application's own services, as staff would add them.
/// </summary>
public static class HubScreenshotData
{
    public static async Task<HubPages> SeedAsync(BrowserApp app, long customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var admin = await db.StaffUsers.Where(u => u.Email == BrowserApp.AdminEmail).Select(u => new { u.Id, u.DisplayName }).SingleAsync();
        var colleague = Ok(await services.GetRequiredService<StaffUserService>().CreateAsync(new StaffUserInput
        {
            Email = "marta.lindqvist@customer-center.local",
            DisplayName = "Marta Lindqvist",
            Role = StaffRole.Sales,
            Password = "screenshots only 1234",
        }, default));
        var contacts = await services.GetRequiredService<ContactService>().ListAsync(customerId, trashed: false, default);
        var contact = contacts.FirstOrDefault(c => c.Email is not null);
        var invoices = await db.SalesDocuments.Where(d => d.CustomerId == customerId && d.Kind == DocumentKind.Invoice && d.Number != null)
            .OrderByDescending(d => d.Date).Select(d => d.Id).Take(2).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string At(int days, int hour) => $"{Day(days)}T{hour:00}:15";

        var log = services.GetRequiredService<CommunicationService>();
        Ok(await log.LogAsync(customerId, new CommunicationInput { Kind = CommunicationKind.Call, OccurredAt = At(-6, 9), ContactId = contact?.Id, Subject = "Asked about the overdue invoice", Text = "Payment run is on Friday; they will pay both invoices then." }, default));
        Ok(await log.LogAsync(customerId, new CommunicationInput { Kind = CommunicationKind.Meeting, OccurredAt = At(-3, 14), ContactId = contact?.Id, Subject = "Quarterly review at their office", Text = "Happy with delivery times.\nWant a quote for the new branch in spring." }, default));
        Ok(await log.LogAsync(customerId, new CommunicationInput { Kind = CommunicationKind.Note, OccurredAt = At(-1, 11), Subject = "Prefers invoices by email, not post" }, default));

        var comments = services.GetRequiredService<CommentService>();
        Ok(await comments.AddAsync(customerId, new CommentInput { Text = "@admin can you check the credit limit before we confirm the next order?" }, colleague.Id, colleague.DisplayName, default));
        Ok(await comments.AddAsync(customerId, new CommentInput { Text = "Limit raised to 20,000 EUR after the review. @marta.lindqvist FYI." }, admin.Id, admin.DisplayName, default));

        var project = Ok(await services.GetRequiredService<ProjectService>().CreateAsync(new ProjectInput
        {
            CustomerId = customerId,
            Name = "New branch fit-out",
            Description = "Desks, chairs and assembly for the spring opening.",
            Status = ProjectStatus.Active,
            StartDate = Day(-20),
            EndDate = Day(90),
        }, default));
        foreach (var invoice in invoices)
        {
            Ok(await services.GetRequiredService<ProjectService>().LinkDocumentAsync(project.Id, invoice, default));
        }

        var tasks = services.GetRequiredService<TaskService>();
        Ok(await tasks.CreateAsync(new TaskInput { CustomerId = customerId, Title = "Call about the overdue invoice", AssigneeId = admin.Id, DueDate = Day(-2), DocumentId = invoices.Count > 0 ? invoices[0] : null }, default));
        Ok(await tasks.CreateAsync(new TaskInput { CustomerId = customerId, Title = "Send the quote for the new branch", Description = "Two floors, about 40 desks.", AssigneeId = colleague.Id, DueDate = Day(5), ProjectId = project.Id }, default));
        Ok(await tasks.CreateAsync(new TaskInput { CustomerId = customerId, Title = "Book the assembly team", AssigneeId = admin.Id, DueDate = Day(12), ProjectId = project.Id }, default));
        var done = Ok(await tasks.CreateAsync(new TaskInput { CustomerId = customerId, Title = "Update the delivery address", AssigneeId = colleague.Id, DueDate = Day(-8) }, default));
        Ok(await tasks.SetStatusAsync(done.Id, TaskItemStatus.Done, null, default));

        var files = services.GetRequiredService<FileService>();
        await using (var pdf = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")))
        {
            Ok(await files.UploadAsync(customerId, "signed-framework-agreement.pdf", "application/pdf", pdf, pdf.Length, default));
        }

        if (invoices.Count > 0)
        {
            var mailer = services.GetRequiredService<DocumentMailer>();
            var request = new EmailRequest { To = [contact is null ? new RecipientInput { Email = "accounts@example.com" } : new RecipientInput { ContactId = contact.Id }] };
            Ok(await mailer.SendAsync(DocumentKind.Invoice, invoices[0], request, default));
        }

        return new HubPages(customerId, project.Id, invoices.FirstOrDefault());
    }

    private static T Ok<T>(Outcome<T> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new InvalidOperationException($"Screenshot data: {outcome.Kind} {outcome.Message} {string.Join("; ", outcome.Errors?.Fields ?? [])}");
}
