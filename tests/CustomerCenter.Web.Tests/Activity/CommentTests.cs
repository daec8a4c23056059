using System.Net;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Activity;

public sealed class CommentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_mention_of_a_staff_user_is_recorded_for_them_and_unknown_handles_are_plain_text()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();
        var anna = await app.CreateColleagueAsync(handle: $"anna{Guid.NewGuid():N}"[..12]);

        var response = await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/comments",
            new { text = $"@{anna.Handle} please call them back. @nobody-here knows. Mail me at x@{anna.Handle}.com" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var comment = await response.ReadAsync();
        Assert.Equal([anna.Handle], comment["mentions"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(1, await app.WithDbAsync(db => db.CommentMentions.CountAsync(m => m.StaffUserId == anna.Id)));
        var line = (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/activity?kind=comment"))["items"]![0]!;
        Assert.Equal("API key 'test Sales' commented, mentioning Test Sales", line.Str("summary"));
        var listed = (await api.GetJsonAsync($"/api/v1/customers/{customer.Id()}/comments"))["items"]!.AsArray();
        Assert.Single(listed);
    }

    [Fact]
    public async Task A_comment_on_a_trashed_customer_is_refused_and_an_empty_one_names_the_field()
    {
        var api = await app.ApiAs(StaffRole.Sales);
        var customer = await api.CreateCustomerAsync();

        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/comments", new { text = "  " })).FieldErrorsAsync("text"));
        Assert.NotEmpty(await (await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/comments", new { text = new string('x', 4001) })).FieldErrorsAsync("text"));
        await api.DeleteAsync(new Uri($"/api/v1/customers/{customer.Id()}", UriKind.Relative));
        var refused = await api.PostJsonAsync($"/api/v1/customers/{customer.Id()}/comments", new { text = "Too late" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("trash", (await refused.ReadAsync()).Str("title"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync("/api/v1/customers/999999999/comments", new { text = "x" })).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.CustomerId == customer.Id())));
    }
}
