using System.Net;
using System.Text.Json.Nodes;
using CustomerCenter.Web.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>Builders for the activity API: calls, comments, tasks, projects, and the timeline.</summary>
public static class ApiActivity
{
    /// <summary>A new staff user of the role; its id and email handle (the part before the @).</summary>
    public static async Task<(long Id, string Email, string Handle)> CreateColleagueAsync(this AppFactory app, StaffRole role = StaffRole.Sales, string? handle = null)
    {
        handle ??= $"colleague{Guid.NewGuid():N}"[..18];
        var email = await app.CreateStaffUserAsync(role, $"{handle}@example.com");
        var id = await app.WithDbAsync(db => db.StaffUsers.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (id, email, handle);
    }

    /// <summary>A new staff user signed in through the sign-in form, with its id and handle.</summary>
    public static async Task<(PageClient Page, long Id, string Handle)> SignInColleagueAsync(this AppFactory app, StaffRole role = StaffRole.Sales)
    {
        var colleague = await app.CreateColleagueAsync(role);
        var page = app.NewPageClient();
        await page.SignInAsync(colleague.Email, AppFactory.Password);
        return (page, colleague.Id, colleague.Handle);
    }

    public static async Task<JsonNode> LogCallAsync(this HttpClient api, long customerId, string subject, object? extra = null)
    {
        var body = new JsonObject { ["kind"] = "call", ["subject"] = subject };
        Merge(body, extra);
        var response = await api.PostJsonAsync($"/api/v1/customers/{customerId}/communications", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static async Task<JsonNode> CreateTaskAsync(this HttpClient api, long customerId, long assigneeId, string title, string? dueDate = null, object? extra = null)
    {
        var body = new JsonObject { ["customerId"] = customerId, ["assigneeId"] = assigneeId, ["title"] = title, ["dueDate"] = dueDate };
        Merge(body, extra);
        var response = await api.PostJsonAsync("/api/v1/tasks", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static async Task<JsonNode> CreateProjectAsync(this HttpClient api, long customerId, string name, string status = "active")
    {
        var response = await api.PostJsonAsync("/api/v1/projects", new { customerId, name, status });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    /// <summary>The timeline's summaries, newest first.</summary>
    public static async Task<List<string>> TimelineAsync(this HttpClient api, long customerId, string query = "")
    {
        var page = await api.GetJsonAsync($"/api/v1/customers/{customerId}/activity?pageSize=200{query}");
        return [.. page["items"]!.AsArray().Select(i => i!.Str("summary"))];
    }

    private static void Merge(JsonObject body, object? extra)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra, Json.Options))!.AsObject())
        {
            body[key] = value?.DeepClone();
        }
    }
}
