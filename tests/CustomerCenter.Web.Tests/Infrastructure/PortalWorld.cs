using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using CustomerCenter.Web.Features.Identity;
using CustomerCenter.Web.Features.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Infrastructure;

/// <summary>A portal login made for a test: its center, customer and password.</summary>
public sealed record PortalLogin(long Id, string Slug, long CustomerId, string Email, PortalRole Role);

/// <summary>
/// Builders for Client Center tests: centers with settings, customers assigned to them, portal logins with a
/// known password, documents and payments through the staff API, and signing in through the portal's form.
/// </summary>
public sealed class PortalWorld(AppFactory app, HttpClient admin)
{
    public AppFactory App => app;

    /// <summary>A staff Admin's API client.</summary>
    public HttpClient Admin => admin;

    public static async Task<PortalWorld> CreateAsync(AppFactory app)
    {
        var admin = await app.ApiAs(StaffRole.Admin);
        await admin.EnsureTaxRatesAsync();
        return new PortalWorld(app, admin);
    }

    public static string Tag() => "t" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A new center with a unique slug and these settings; returns the slug.</summary>
    public async Task<string> CreateCenterAsync(object? settings = null, string? slug = null)
    {
        slug ??= Tag();
        var response = await admin.PostJsonAsync("/api/v1/client-centers", new { name = $"Center {slug}", slug, settings = settings ?? new { } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return slug;
    }

    public Task<long> CenterIdAsync(string slug) => app.WithDbAsync(db => db.ClientCenters.Where(c => c.Slug == slug).Select(c => c.Id).FirstAsync());

    public async Task SetSettingsAsync(string slug, object settings)
    {
        var id = await CenterIdAsync(slug);
        var response = await admin.PutJsonAsync($"/api/v1/client-centers/{id}", new { name = $"Center {slug}", slug, settings });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A company in the center, with a billing address and two shipping addresses.</summary>
    public async Task<JsonNode> CreateCustomerAsync(string slug, string? name = null, string currency = "EUR")
    {
        var centerId = await CenterIdAsync(slug);
        return await admin.CreateCustomerAsync(name ?? $"Company {Tag()}", currency, new
        {
            clientCenterId = centerId,
            vatNumber = "DE123456789",
            registrationNumber = "HRB 12345",
            shippingAddresses = new[]
            {
                new { line1 = "7 Dock Road", city = "Hamburg", postalCode = "20457", country = "DE" },
                new { line1 = "9 Mill Lane", city = "Bremen", postalCode = "28195", country = "DE" },
            },
        });
    }

    /// <summary>A login with <see cref="AppFactory.Password"/>, as if the invitation had been accepted.</summary>
    public async Task<PortalLogin> AddLoginAsync(string slug, long customerId, PortalRole role, string? email = null)
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Tag()}@example.com";
        var centerId = await CenterIdAsync(slug);
        var id = await app.WithDbAsync(async db =>
        {
            var user = new PortalUser
            {
                ClientCenterId = centerId,
                CustomerId = customerId,
                Email = email,
                NormalizedEmail = StaffEmails.Normalize(email),
                Name = $"{role} {email[..email.IndexOf('@')]}",
                Role = role,
            };
            user.PasswordHash = new PasswordHasher<PortalUser>().HashPassword(user, AppFactory.Password);
            db.PortalUsers.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
        return new PortalLogin(id, slug, customerId, email, role);
    }

    /// <summary>A browser-like client signed in to the login's center through the portal's sign-in form.</summary>
    public async Task<PageClient> SignInAsync(PortalLogin login)
    {
        var page = app.NewPageClient();
        var after = await page.PortalSignInAsync(login.Slug, login.Email, AppFactory.Password);
        Assert.Null(after.QuerySelector(".flash.error"));
        return page;
    }

    /// <summary>An item priced in a currency, at 19 % tax.</summary>
    public async Task<JsonNode> CreateItemAsync(string sku, decimal price, string currency = "EUR", string? name = null)
    {
        var response = await admin.PostJsonAsync("/api/v1/items", new { sku, name = name ?? $"Item {sku}", unit = "pcs", unitPrice = price, currency, taxRate = 19m });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public async Task<JsonNode> PostedInvoiceAsync(long customerId, decimal price, DateOnly? date = null, DateOnly? dueDate = null, string? reference = null)
    {
        var draft = await admin.CreateDocumentAsync("invoices", new
        {
            customerId,
            date,
            dueDate,
            reference,
            lines = new[] { ApiDocuments.Line("Consulting", 1, price, 19m) },
        });
        return await admin.ActAsync("invoices", draft.Id(), "post");
    }

    public Task<JsonNode> DraftInvoiceAsync(long customerId) =>
        admin.CreateDocumentAsync("invoices", customerId, ApiDocuments.Line("Draft work", 1, 50m, 19m));

    public async Task<JsonNode> ConfirmedOrderAsync(long customerId)
    {
        var draft = await admin.CreateDocumentAsync("orders", customerId, ApiDocuments.Line("Widgets", 10, 12m, 19m));
        return await admin.ActAsync("orders", draft.Id(), "confirm");
    }

    public Task<JsonNode> DraftOrderAsync(long customerId) =>
        admin.CreateDocumentAsync("orders", customerId, ApiDocuments.Line("Staff draft", 1, 5m, 19m));

    public async Task<JsonNode> DeliverAllAsync(JsonNode order)
    {
        var lines = order["lines"]!.AsArray().Select(l => new { lineId = l!["id"]!.GetValue<long>(), quantity = l["quantity"]!.GetValue<decimal>() }).ToArray();
        return await admin.ActAsync("orders", order.Id(), "deliver", new { lines }, HttpStatusCode.Created);
    }

    public Task<JsonNode> PaymentAsync(long customerId, decimal amount, params (long InvoiceId, decimal Amount)[] allocations) =>
        admin.RecordPaymentAsync(ApiPayments.Pay(customerId, amount, "bankTransfer", allocations));

    /// <summary>The link in the newest email to this address (invitation or reset), as a path and query.</summary>
    public async Task<string> LinkInLastMailAsync(string to)
    {
        var body = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == to).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync());
        var start = body.IndexOf("https://", StringComparison.Ordinal);
        var end = body.IndexOfAny(['\r', '\n'], start);
        return new Uri(body[start..(end < 0 ? body.Length : end)]).PathAndQuery;
    }
}

public static class PortalPages
{
    public static async Task<IHtmlDocument> PortalSignInAsync(this PageClient page, string slug, string email, string password)
    {
        var login = await page.GetAsync($"/cc/{slug}/login");
        return await page.SubmitAsync(login, "@portal-login", new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    public static async Task<HttpResponseMessage> RawGetAsync(this PageClient page, string url) =>
        await page.Http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Posts form fields as a browser would, without following redirects or asserting success.</summary>
    public static async Task<HttpResponseMessage> RawPostAsync(this PageClient page, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await page.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The antiforgery token of the first form on a page, to post a hand-made form with.</summary>
    public static string Antiforgery(this IHtmlDocument page) =>
        page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? throw new InvalidOperationException("No antiforgery token on the page.");
}
