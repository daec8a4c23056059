using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;

namespace CustomerCenter.Web.Tests;

public sealed class SmokeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Admin_can_create_and_read_a_customer()
    {
        var api = await app.ApiAs(StaffRole.Admin);
        var created = await api.CreateCustomerAsync("Smoke GmbH");
        var response = await api.GetAsync(new Uri($"/api/v1/customers/{created.Id()}", UriKind.Relative));
        var body = await response.ReadAsync();
        Assert.Equal("Smoke GmbH", body["name"]!.GetValue<string>());
        Assert.StartsWith("C-", body["number"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
