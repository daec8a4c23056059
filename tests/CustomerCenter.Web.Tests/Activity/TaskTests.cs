using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Activity;

public sealed class TaskTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static List<string> Titles(System.Text.Json.Nodes.JsonNode page) => [.. page["items"]!.AsArray().Select(i => i!.Str("title"))];

    [Fact]
    public async Task Tasks_list_by_assignee_status_overdue_and_customer_and_sort_by_due_date()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        var customer = await api.CreateCustomerAsync();
        var other = await api.CreateCustomerAsync();
        var anna = await app.CreateColleagueAsync();
        var ben = await app.CreateColleagueAsync();
        await api.CreateTaskAsync(customer.Id(), anna.Id, "Overdue call", "2020-01-01");
        await api.CreateTaskAsync(customer.Id(), anna.Id, "Later visit", "2099-05-01");
        await api.CreateTaskAsync(customer.Id(), anna.Id, "Someday");
        var done = await api.CreateTaskAsync(other.Id(), anna.Id, "Finished", "2020-02-02");
        await api.CreateTaskAsync(other.Id(), ben.Id, "Ben's", "2021-01-01");
        await api.ActAsync("tasks", done.Id(), "done");

        Assert.Equal(["Overdue call", "Later visit", "Someday"], Titles(await api.GetJsonAsync($"/api/v1/tasks?assigneeId={anna.Id}&status=open")));
        // Undated tasks come last either way: "no due date" is not "due latest".
        Assert.Equal(["Later visit", "Overdue call", "Someday"], Titles(await api.GetJsonAsync($"/api/v1/tasks?assigneeId={anna.Id}&status=open&sort=-dueDate")));
        Assert.Equal(["Overdue call", "Finished", "Later visit", "Someday"], Titles(await api.GetJsonAsync($"/api/v1/tasks?assigneeId={anna.Id}&status=all")));
        Assert.Equal(["Overdue call"], Titles(await api.GetJsonAsync($"/api/v1/tasks?assigneeId={anna.Id}&overdue=true")));
        Assert.Equal(["Ben's"], Titles(await api.GetJsonAsync($"/api/v1/tasks?customerId={other.Id()}&status=open")));
        var overdue = (await api.GetJsonAsync($"/api/v1/tasks?customerId={customer.Id()}"))["items"]![0]!;
        Assert.True(overdue["isOverdue"]!.GetValue<bool>());
        Assert.Equal(anna.Id, overdue["assigneeId"]!.GetValue<long>());
        Assert.NotEmpty(await (await api.GetAsync(new Uri("/api/v1/tasks?status=pending", UriKind.Relative))).FieldErrorsAsync("status"));
    }

    [Fact]
    public async Task Completing_and_reopening_a_task_is_recorded_and_a_stale_version_is_refused()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var anna = await app.CreateColleagueAsync();
        var task = await api.CreateTaskAsync(customer.Id(), anna.Id, "Check the order");

        var completed = await api.ActAsync("tasks", task.Id(), "done");
        Assert.Equal("done", completed.Str("status"));
        Assert.NotNull(completed["completedAt"]!.GetValue<DateTime?>());
        var reopened = await api.ActAsync("tasks", task.Id(), "reopen");
        Assert.Equal("open", reopened.Str("status"));

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/tasks/{task.Id()}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { title = "Renamed", assigneeId = anna.Id }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"v0\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(stale)).StatusCode);
        Assert.Equal(["Task “Check the order” reopened", "Task “Check the order” done", $"Task “Check the order” for Test Sales"],
            (await api.TimelineAsync(customer.Id(), "&kind=task")));
    }

    [Theory]
    [InlineData("15.01.2030")]
    [InlineData("2030-13-01")]
    [InlineData("tomorrow")]
    public async Task A_due_date_in_the_wrong_format_is_a_400_on_dueDate_and_nothing_is_created(string dueDate)
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var anna = await app.CreateColleagueAsync();

        var response = await api.PostJsonAsync("/api/v1/tasks", new { customerId = customer.Id(), assigneeId = anna.Id, title = "Dated", dueDate });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", Assert.Single(await response.FieldErrorsAsync("dueDate")), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Tasks.AnyAsync(t => t.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task A_task_needs_a_title_an_active_assignee_and_documents_and_projects_of_its_own_customer()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        var customer = await admin.CreateCustomerAsync();
        var other = await admin.CreateCustomerAsync();
        var foreignQuote = await admin.CreateDocumentAsync("quotes", other.Id(), Line("x", 1, 1m));
        var foreignProject = await admin.CreateProjectAsync(other.Id(), "Not yours");

        var response = await admin.PostJsonAsync("/api/v1/tasks", new
        {
            customerId = customer.Id(),
            title = "",
            assigneeId = 999999999L,
            documentId = foreignQuote.Id(),
            projectId = foreignProject.Id(),
        });

        var problem = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "title", "assigneeId", "documentId", "projectId" })
        {
            Assert.NotNull(problem["errors"]![field]);
        }

        Assert.NotEmpty(await (await admin.PostJsonAsync("/api/v1/tasks", new { customerId = 999999999L, title = "x", assigneeId = 1 })).FieldErrorsAsync("customerId"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/api/v1/tasks/999999999", UriKind.Relative))).StatusCode);
    }
}
