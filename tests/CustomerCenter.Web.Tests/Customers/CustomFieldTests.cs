using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Customers;

public sealed class CustomFieldTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpClient> DefineFieldsAsync()
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        if (!await app.WithDbAsync(db => db.CustomFieldDefinitions.AnyAsync()))
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "employees", label = "Employees", type = "number" })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "since", label = "Customer since", type = "date" })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "vip", label = "VIP", type = "yesNo" })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "segment", label = "Segment", type = "choice", isRequired = true, choices = new[] { "Retail", "Wholesale" } })).StatusCode);
        }

        return admin;
    }

    [Fact]
    public async Task Valid_values_are_stored_and_returned_typed()
    {
        var api = await DefineFieldsAsync();
        var customer = await api.CreateCustomerAsync(extra: new { customFields = new { employees = 42, since = "2019-05-01", vip = true, segment = "Retail" } });

        var fields = customer["customFields"]!;
        Assert.Equal(42, fields["employees"]!.GetValue<decimal>());
        Assert.Equal("2019-05-01", fields["since"]!.GetValue<string>());
        Assert.True(fields["vip"]!.GetValue<bool>());
        Assert.Equal("Retail", fields["segment"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"segment":"Retail","employees":"many"}""", "customFields.employees")]
    [InlineData("""{"segment":"Retail","since":"01/05/2019"}""", "customFields.since")]
    [InlineData("""{"segment":"Retail","vip":"maybe"}""", "customFields.vip")]
    [InlineData("""{"segment":"Galactic"}""", "customFields.segment")]
    [InlineData("""{}""", "customFields.segment")]
    [InlineData("""{"segment":"Retail","unknown":1}""", "customFields.unknown")]
    public async Task A_value_of_the_wrong_type_is_refused(string customFields, string field)
    {
        var api = await DefineFieldsAsync();
        var before = await app.WithDbAsync(db => db.Customers.CountAsync());

        var response = await api.PostRawAsync("/api/v1/customers", $$"""{"name":"Typed","customFields":{{customFields}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
        Assert.Equal(before, await app.WithDbAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task Only_admins_define_fields_and_keys_and_types_are_checked()
    {
        var admin = await DefineFieldsAsync();
        var sales = await app.ApiAs(StaffRole.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.PostJsonAsync("/api/v1/custom-fields", new { key = "x", label = "X", type = "text" })).StatusCode);

        var badKey = await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "1 bad key", label = "X", type = "text" });
        Assert.NotEmpty(await badKey.FieldErrorsAsync("key"));
        var duplicate = await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "vip", label = "Again", type = "text" });
        Assert.NotEmpty(await duplicate.FieldErrorsAsync("key"));
        var noChoices = await admin.PostJsonAsync("/api/v1/custom-fields", new { key = "tier", label = "Tier", type = "choice" });
        Assert.NotEmpty(await noChoices.FieldErrorsAsync("choices"));
    }
}
