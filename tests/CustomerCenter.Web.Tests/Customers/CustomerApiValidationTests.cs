using System.Net;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Customers;

/// <summary>Every bad field answers 400 naming that field, and nothing is stored.</summary>
public sealed class CustomerApiValidationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string Huge = new('x', 20_000);

    public static TheoryData<string, string, object?> BadFields => new()
    {
        { "name", "name", "" },
        { "name", "name", "   " },
        { "name", "name", Huge },
        { "email", "email", "not-an-email" },
        { "email", "email", "a b@example.com" },
        { "email", "email", Huge },
        { "currency", "currency", "EURO" },
        { "currency", "currency", "XYZ" },
        { "billingAddress", "billingAddress.country", new { country = "XX" } },
        { "billingAddress", "billingAddress.line1", new { line1 = Huge } },
        { "shippingAddresses", "shippingAddresses[1].country", new object[] { new { country = "DE" }, new { country = "ZZ" } } },
        { "website", "website", "javascript:alert(1)" },
        { "phone", "phone", "<script>" },
        { "paymentTermsDays", "paymentTermsDays", -1 },
        { "paymentTermsDays", "paymentTermsDays", 10_000 },
        { "language", "language", "klingon" },
        { "creditLimit", "creditLimit", -5 },
        { "creditLimit", "creditLimit", 1.234m },
        { "creditLimit", "creditLimit", 1e20m },
        { "ean", "ean", "1234567890123" },
        { "number", "number", "has space" },
        { "notes", "notes", Huge },
        { "vatNumber", "vatNumber", Huge },
        { "parentId", "parentId", 987654321 },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_refused_with_its_name_and_nothing_is_stored(string property, string field, object? value)
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var before = await CountAsync();
        var body = new JsonObject { ["kind"] = "company", ["name"] = "Valid Name", ["currency"] = "EUR" };
        body[property] = value is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(value, Json.Options));

        var response = await api.PostJsonAsync("/api/v1/customers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("""{"name": "A", "kind": "robot"}""", "kind")]
    [InlineData("""{"name": "A", "paymentTermsDays": "thirty"}""", "paymentTermsDays")]
    [InlineData("""{"name": "A", "creditLimit": "lots"}""", "creditLimit")]
    [InlineData("""{"name": "A", "parentId": 1.5}""", "parentId")]
    [InlineData("""{"name": "A", "billingAddress": "Main street"}""", "billingAddress")]
    [InlineData("""{"name": "A", """, "body")]
    [InlineData("""[1, 2, 3]""", "body")]
    public async Task A_body_that_does_not_bind_is_a_400_naming_the_field(string json, string field)
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var before = await CountAsync();

        var response = await api.PostRawAsync("/api/v1/customers", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field) || errors.Any(e => e.Key.StartsWith(field, StringComparison.Ordinal)), errors.ToJsonString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_duplicate_number_is_refused()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var first = await api.CreateCustomerAsync(extra: new { number = "DUP-1" });

        var response = await api.PostJsonAsync("/api/v1/customers", new { name = "Second", number = "DUP-1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already used", (await response.FieldErrorsAsync("number"))[0], StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Customers.CountAsync(c => c.Number == "DUP-1")));
        Assert.NotEqual(0, first.Id());
    }

    [Fact]
    public async Task Server_owned_fields_sent_by_a_client_are_ignored()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var response = await api.PostJsonAsync("/api/v1/customers", new
        {
            name = "Sneaky Ltd",
            id = 424242,
            createdAt = "2001-01-01T00:00:00Z",
            version = 99,
            balance = 1_000_000,
            trashedAt = "2001-01-01T00:00:00Z",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.NotEqual(424242, body.Id());
        Assert.True(body["createdAt"]!.GetValue<DateTime>() > new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(0, body["version"]!.GetValue<long>());
        Assert.Null(body["trashedAt"]);
        Assert.False(await app.WithDbAsync(db => db.Customers.AnyAsync(c => c.Id == 424242)));
    }

    [Fact]
    public async Task Script_tags_and_formulas_are_stored_as_plain_text_and_encoded_on_pages()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var created = await api.CreateCustomerAsync("<script>alert('x')</script>", extra: new { notes = "=cmd|' /C calc'!A0" });
        var page = await app.SignInAs(StaffRole.Viewer);

        var response = await page.Http.GetAsync(new Uri($"/customers/{created.Id()}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert('x')</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    private Task<int> CountAsync() => app.WithDbAsync(db => db.Customers.CountAsync());
}
