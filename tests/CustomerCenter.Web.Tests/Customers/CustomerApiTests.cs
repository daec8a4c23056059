using System.Net;
using System.Net.Http.Headers;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Customers;

public sealed class CustomerApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_customer_without_a_number_gets_the_next_one_of_the_sequence()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var a = await api.CreateCustomerAsync();
        var b = await api.CreateCustomerAsync();

        var first = int.Parse(a["number"]!.GetValue<string>()[2..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"C-{first + 1:00000}", b["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_sequence_skips_numbers_typed_by_hand()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var a = await api.CreateCustomerAsync();
        var next = int.Parse(a["number"]!.GetValue<string>()[2..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        await api.CreateCustomerAsync(extra: new { number = $"C-{next:00000}" });

        var c = await api.CreateCustomerAsync();

        Assert.Equal($"C-{next + 1:00000}", c["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_returns_the_customer_with_an_etag_and_put_with_a_stale_etag_is_refused()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var created = await api.CreateCustomerAsync("Etag AG");
        var get = await api.GetAsync(new Uri($"/api/v1/customers/{created.Id()}", UriKind.Relative));
        var etag = get.Headers.ETag!.Tag;

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{created.Id()}") { Content = JsonContent(new { name = "Etag AG renamed", currency = "EUR" }) };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var ok = await api.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{created.Id()}") { Content = JsonContent(new { name = "Lost update", currency = "EUR" }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var refused = await api.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        var stored = await app.WithDbAsync(db => db.Customers.SingleAsync(c => c.Id == created.Id()));
        Assert.Equal("Etag AG renamed", stored.Name);
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/customers/99999999", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutJsonAsync("/api/v1/customers/99999999", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync(new Uri("/api/v1/customers/99999999", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/customers/99999999/contacts", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write_and_anonymous_callers_get_401()
    {
        var viewer = await app.ApiAs(StaffRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(new Uri("/api/v1/customers", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/v1/customers", new { name = "No" })).StatusCode);

        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/customers", UriKind.Relative))).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cc_not-a-real-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/customers", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Trash_hides_a_customer_from_the_list_and_restore_brings_it_back_with_its_history()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var name = $"Trashy {Guid.NewGuid():N}"[..20];
        var created = await api.CreateCustomerAsync(name);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/customers/{created.Id()}", UriKind.Relative))).StatusCode);
        Assert.Equal(0, (await ListAsync(api, $"search={Uri.EscapeDataString(name)}"))["total"]!.GetValue<int>());
        Assert.Equal(1, (await ListAsync(api, $"search={Uri.EscapeDataString(name)}&trashed=true"))["total"]!.GetValue<int>());

        var restored = await api.PostAsync(new Uri($"/api/v1/customers/{created.Id()}/restore", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(1, (await ListAsync(api, $"search={Uri.EscapeDataString(name)}"))["total"]!.GetValue<int>());

        var history = await (await api.GetAsync(new Uri($"/api/v1/customers/{created.Id()}/history", UriKind.Relative))).ReadAsync();
        var actions = history.AsArray().Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["Restored", "Trashed", "Created"], actions);
        Assert.Contains("API key", history[0]!["actor"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_trash_moves_all_or_nothing()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var a = await api.CreateCustomerAsync();
        var b = await api.CreateCustomerAsync();

        var refused = await api.PostJsonAsync("/api/v1/customers/trash", new { ids = new[] { a.Id(), 987654321L } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("987654321", (await refused.FieldErrorsAsync("ids"))[0], StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Customers.AnyAsync(c => c.Id == a.Id() && c.TrashedAt != null)));

        var ok = await api.PostJsonAsync("/api/v1/customers/trash", new { ids = new[] { a.Id(), b.Id() } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.ReadAsync())["trashed"]!.GetValue<int>());
        Assert.Equal(2, await app.WithDbAsync(db => db.Customers.CountAsync(c => (c.Id == a.Id() || c.Id == b.Id()) && c.TrashedAt != null)));
    }

    [Fact]
    public async Task An_update_records_before_and_after_in_the_history()
    {
        var api = await app.ApiAs(StaffRole.Finance);
        var created = await api.CreateCustomerAsync("Before Name");
        await api.PutJsonAsync($"/api/v1/customers/{created.Id()}", new { name = "After Name", currency = "EUR", email = "billing@example.com" });

        var history = await (await api.GetAsync(new Uri($"/api/v1/customers/{created.Id()}/history", UriKind.Relative))).ReadAsync();
        var update = history.AsArray().First(h => h!["action"]!.GetValue<string>() == "Updated")!;
        var changes = System.Text.Json.Nodes.JsonNode.Parse(update["changes"]!.GetValue<string>())!;
        Assert.Equal("Before Name", changes["Name"]!["before"]!.GetValue<string>());
        Assert.Equal("After Name", changes["Name"]!["after"]!.GetValue<string>());
    }

    [Fact]
    public async Task Individuals_can_belong_to_a_company_but_not_to_an_individual()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var company = await api.CreateCustomerAsync("Parent Co");
        var person = await api.PostJsonAsync("/api/v1/customers", new { kind = "individual", name = "Pat Person", parentId = company.Id() });
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var personId = (await person.ReadAsync()).Id();

        var refused = await api.PostJsonAsync("/api/v1/customers", new { kind = "individual", name = "Kid", parentId = personId });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotEmpty(await refused.FieldErrorsAsync("parentId"));
    }

    [Fact]
    public async Task Sixteen_parallel_creates_all_succeed_with_distinct_numbers()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            api.PostJsonAsync("/api/v1/customers", new { name = $"Parallel {i}", currency = "EUR" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadAsync())["number"]!.GetValue<string>()));
        Assert.Equal(16, numbers.Distinct().Count());
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ListAsync(HttpClient api, string query)
    {
        var response = await api.GetAsync(new Uri($"/api/v1/customers?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync();
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Json.Options), System.Text.Encoding.UTF8, "application/json");
}
