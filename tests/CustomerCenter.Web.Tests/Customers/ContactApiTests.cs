using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Customers;

public sealed class ContactApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_first_contact_is_primary_and_a_new_primary_demotes_the_old_one()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var ann = await api.CreateContactAsync(customer.Id(), "Ann", "Able");
        Assert.True(ann["isPrimary"]!.GetValue<bool>());

        var bob = await api.CreateContactAsync(customer.Id(), "Bob", "Baker", primary: true);

        Assert.True(bob["isPrimary"]!.GetValue<bool>());
        Assert.Equal([bob.Id()], await PrimaryIdsAsync(customer.Id()));
        Assert.Equal("Bob Baker", bob["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Trashing_the_primary_promotes_another_and_restore_keeps_one_primary()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var ann = await api.CreateContactAsync(customer.Id(), "Ann", "Able");
        var bob = await api.CreateContactAsync(customer.Id(), "Bob", "Baker");

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(new Uri($"/api/v1/contacts/{ann.Id()}", UriKind.Relative))).StatusCode);
        Assert.Equal([bob.Id()], await PrimaryIdsAsync(customer.Id()));

        var restored = await api.PostAsync(new Uri($"/api/v1/contacts/{ann.Id()}/restore", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.False((await restored.ReadAsync())["isPrimary"]!.GetValue<bool>());
        Assert.Equal([bob.Id()], await PrimaryIdsAsync(customer.Id()));

        var list = await (await api.GetAsync(new Uri($"/api/v1/customers/{customer.Id()}/contacts", UriKind.Relative))).ReadAsync();
        Assert.Equal(2, list.AsArray().Count);
    }

    [Fact]
    public async Task Unsetting_the_primary_hands_it_to_another_contact()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var ann = await api.CreateContactAsync(customer.Id(), "Ann", "Able");
        var bob = await api.CreateContactAsync(customer.Id(), "Bob", "Baker");

        var response = await api.PutJsonAsync($"/api/v1/contacts/{ann.Id()}", new { firstName = "Ann", lastName = "Able", isPrimary = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([bob.Id()], await PrimaryIdsAsync(customer.Id()));
    }

    [Fact]
    public async Task A_typed_display_name_overrides_the_joined_name()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var response = await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/contacts", new { firstName = "Robert", lastName = "Baker", name = "Bob from Accounts" });

        Assert.Equal("Bob from Accounts", (await response.ReadAsync())["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("email", """{"lastName":"X","email":"nope"}""")]
    [InlineData("lastName", """{"email":"a@example.com"}""")]
    [InlineData("defaultRecipient", """{"lastName":"X","defaultRecipient":"to"}""")]
    [InlineData("defaultRecipient", """{"lastName":"X","defaultRecipient":"everyone"}""")]
    [InlineData("title", """{"lastName":"X","title":"\u0000"}""")]
    public async Task Invalid_contacts_are_refused_by_field_and_nothing_is_stored(string field, string json)
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();

        var response = await api.PostRawAsync($"/api/v1/customers/{customer.Id()}/contacts", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync())["errors"]!.AsObject().ContainsKey(field));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.CustomerId == customer.Id())));
    }

    [Fact]
    public async Task Contacts_of_unknown_or_trashed_customers_answer_404()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        await api.DeleteAsync(new Uri($"/api/v1/customers/{customer.Id()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/contacts", new { lastName = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync("/api/v1/customers/99999999/contacts", new { lastName = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/contacts/99999999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Contact_updates_honour_if_match()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var ann = await api.CreateContactAsync(customer.Id(), "Ann", "Able");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contacts/{ann.Id()}")
        {
            Content = new StringContent("""{"firstName":"Ann","lastName":"Changed"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v41\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(request)).StatusCode);
        Assert.Equal("Able", await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == ann.Id()).Select(c => c.LastName).SingleAsync()));
    }

    private Task<List<long>> PrimaryIdsAsync(long customerId) =>
        app.WithDbAsync(db => db.Contacts.Where(c => c.CustomerId == customerId && c.IsPrimary && c.TrashedAt == null).Select(c => c.Id).ToListAsync());
}
