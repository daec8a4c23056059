using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using static CustomerCenter.Web.Tests.Infrastructure.ApiDocuments;

namespace CustomerCenter.Web.Tests.Activity;

public sealed class ProjectTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_project_links_its_customers_documents_and_tasks_and_the_customer_list_counts_projects()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        await api.EnsureTaxRatesAsync();
        var customer = await api.CreateCustomerAsync($"Projected {Guid.NewGuid():N}"[..20]);
        var other = await api.CreateCustomerAsync();
        var quote = await api.CreateDocumentAsync("quotes", customer.Id(), Line("Design", 1, 500m));
        var foreign = await api.CreateDocumentAsync("quotes", other.Id(), Line("Other", 1, 1m));
        var project = await api.CreateProjectAsync(customer.Id(), "Website relaunch");
        await api.CreateProjectAsync(customer.Id(), "Shop", "planned");
        var anna = await app.CreateColleagueAsync();
        await api.CreateTaskAsync(customer.Id(), anna.Id, "Wireframes", extra: new { projectId = project.Id() });

        var linked = await api.PostJsonAsync($"/api/v1/projects/{project.Id()}/documents", new { documentId = quote.Id() });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync($"/api/v1/projects/{project.Id()}/documents", new { documentId = quote.Id() })).StatusCode);
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/projects/{project.Id()}/documents", new { documentId = foreign.Id() })).FieldErrorsAsync("documentId"));

        var read = await api.GetJsonAsync($"/api/v1/projects/{project.Id()}");
        Assert.Equal(1, read["documentCount"]!.GetValue<int>());
        Assert.Equal(1, read["openTaskCount"]!.GetValue<int>());
        Assert.Equal(["Shop", "Website relaunch"], (await api.GetJsonAsync($"/api/v1/projects?customerId={customer.Id()}"))["items"]!.AsArray().Select(p => p!.Str("name")).Order());
        Assert.Contains("Quote (draft) linked to project “Website relaunch”", await api.TimelineAsync(customer.Id(), "&kind=project"));
        var listed = (await api.GetJsonAsync($"/api/v1/customers?search={Uri.EscapeDataString(customer.Str("name"))}"))["items"]![0]!;
        Assert.Equal(2, listed["projectCount"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/projects/{project.Id()}/documents/{quote.Id()}", UriKind.Relative))).StatusCode);
        Assert.Empty((await api.GetJsonAsync($"/api/v1/projects/{project.Id()}/documents")).AsArray());
    }

    [Fact]
    public async Task A_project_checks_its_name_status_and_dates()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();

        var response = await api.PostJsonAsync("/api/v1/projects", new { customerId = customer.Id(), name = "", startDate = "2026-05-01", endDate = "2026-04-01" });
        var problem = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["endDate"]);
        Assert.NotEmpty(await (await api.PostJsonAsync("/api/v1/projects", new { customerId = customer.Id(), name = "x", startDate = "1.5.2026" })).FieldErrorsAsync("startDate"));

        var project = await api.CreateProjectAsync(customer.Id(), "Rollout", "planned");
        var updated = await api.PutJsonAsync($"/api/v1/projects/{project.Id()}", new { name = "Rollout", status = "completed", startDate = "2026-01-01", endDate = "2026-02-01" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("completed", (await updated.ReadAsync()).Str("status"));
        Assert.Contains("Project “Rollout” is now completed", await api.TimelineAsync(customer.Id(), "&kind=project"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutJsonAsync("/api/v1/projects/999999999", new { name = "x" })).StatusCode);
    }
}
