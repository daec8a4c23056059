using System.Net;
using CustomerCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Tests.Portal;

/// <summary>
/// The portal's first requirement: a user of customer A asks for customer B's things — by id, by number, by
/// search, with B's id slipped into the query string — on every portal page and file, and gets not a byte
/// of B. Detail pages and files answer 404, lists answer with A's rows only.
/// </summary>
public sealed class PortalIsolationTests(IsolationWorld w) : IClassFixture<IsolationWorld>
{
    /// <summary>URL templates: {slug}, and B's {order}, {submitted}, {invoice}, {payment}, {user}, {customer} ids and numbers.</summary>
    public static readonly TheoryData<string> ForeignDetails = new()
    {
        "/cc/{slug}/orders/{order}",
        "/cc/{slug}/orders/{submitted}",
        "/cc/{slug}/orders/{orderNumber}",
        "/cc/{slug}/billing/invoices/{invoice}",
        "/cc/{slug}/billing/invoices/{invoiceNumber}",
        "/cc/{slug}/billing/invoices/{invoice}.pdf",
        "/cc/{slug}/billing/invoices/{invoice}.pdf?download=1",
        "/cc/{slug}/billing/invoices/{invoiceNumber}.pdf",
        "/cc/{slug}/billing/payments/{payment}",
        "/cc/{slug}/billing/payments/{paymentNumber}",
        "/cc/{slug}/users/{user}",
        "/cc/{slug}/users/{owner}",
    };

    /// <summary>Lists and files that belong to the signed-in customer whatever the query string says.</summary>
    public static readonly TheoryData<string> OwnPagesWithForeignQuery = new()
    {
        "/cc/{slug}",
        "/cc/{slug}?customerId={customer}",
        "/cc/{slug}/orders?search={orderNumber}",
        "/cc/{slug}/orders?customerId={customer}",
        "/cc/{slug}/orders?search={customerName}",
        "/cc/{slug}/billing?search={invoiceNumber}",
        "/cc/{slug}/billing/invoices?customerId={customer}",
        "/cc/{slug}/billing?search=REF-Bravo",
        "/cc/{slug}/billing/due?search={invoiceNumber}",
        "/cc/{slug}/billing/due?customerId={customer}",
        "/cc/{slug}/billing/payments?search={paymentNumber}",
        "/cc/{slug}/billing/payments?customerId={customer}",
        "/cc/{slug}/billing/statement?from=2020-01-01&customerId={customer}",
        "/cc/{slug}/billing/statement.pdf?from=2020-01-01&customerId={customer}",
        "/cc/{slug}/users?customerId={customer}",
        "/cc/{slug}/profile?customerId={customer}",
        "/cc/{slug}/orders/new?customerId={customer}",
    };

    [Theory]
    [MemberData(nameof(ForeignDetails))]
    public async Task Another_customers_record_is_not_found_and_nothing_of_it_is_shown(string template)
    {
        foreach (var asker in new[] { w.A.Owner, w.A.User })
        {
            using var page = await w.World.SignInAsync(asker);
            var response = await page.RawGetAsync(Url(template, w.Slug, w.B));
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{asker.Role}: {template} answered {(int)response.StatusCode}");
            AssertNothingOf(w.B, body, template);
        }
    }

    [Theory]
    [MemberData(nameof(OwnPagesWithForeignQuery))]
    public async Task A_list_or_file_with_another_customers_number_or_id_shows_only_ones_own(string template)
    {
        using var page = await w.World.SignInAsync(w.A.Owner);
        var response = await page.RawGetAsync(Url(template, w.Slug, w.B));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{template} answered {(int)response.StatusCode}");
        AssertNothingOf(w.B, body, template);
        AssertNothingOf(w.C, body, template);
    }

    [Theory]
    [MemberData(nameof(ForeignDetails))]
    [MemberData(nameof(OwnPagesWithForeignQuery))]
    public async Task A_user_of_another_center_gets_nothing_here_and_nothing_of_this_center_in_their_own(string template)
    {
        using var page = await w.World.SignInAsync(w.C.Owner);
        var here = await page.RawGetAsync(Url(template, w.Slug, w.A));
        Assert.True(here.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.NotFound,
            $"{template} in the other center answered {(int)here.StatusCode}");
        AssertNothingOf(w.A, await here.Content.ReadAsByteArrayAsync(), template);

        var own = await page.RawGetAsync(Url(template, w.OtherSlug, w.A));
        Assert.True(own.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{template} answered {(int)own.StatusCode}");
        AssertNothingOf(w.A, await own.Content.ReadAsByteArrayAsync(), template);
    }

    [Fact]
    public async Task Cancelling_another_customers_order_is_not_found_and_leaves_it_as_it_was()
    {
        using var page = await w.World.SignInAsync(w.A.Owner);
        var own = await page.GetAsync($"/cc/{w.Slug}/orders/{w.A.SubmittedOrder.Id()}");
        var response = await page.RawPostAsync($"/cc/{w.Slug}/orders/{w.B.SubmittedOrder.Id()}",
            [new("_handler", "cancel-order"), new("Cancel", "yes"), new("__RequestVerificationToken", own.Antiforgery())]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNothingOf(w.B, await response.Content.ReadAsByteArrayAsync(), "cancel", $"/orders/{w.B.SubmittedOrder.Id()}");
        Assert.Equal("submitted", await w.App.WithDbAsync(db => db.SalesDocuments.Where(d => d.Id == w.B.SubmittedOrder.Id()).Select(d => d.Status).FirstAsync()));
    }

    [Theory]
    [InlineData("change-role", "RoleInput.Role", "Admin")]
    [InlineData("set-active", "x", "x")]
    public async Task Managing_another_customers_user_is_not_found_and_changes_nothing(string form, string field, string value)
    {
        using var page = await w.World.SignInAsync(w.A.Owner);
        var own = await page.GetAsync($"/cc/{w.Slug}/users/{w.A.User.Id}");
        var before = await w.App.WithDbAsync(db => db.PortalUsers.AsNoTracking().FirstAsync(u => u.Id == w.B.User.Id));
        var response = await page.RawPostAsync($"/cc/{w.Slug}/users/{w.B.User.Id}",
            [new("_handler", form), new(field, value), new("__RequestVerificationToken", own.Antiforgery())]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNothingOf(w.B, await response.Content.ReadAsByteArrayAsync(), form, $"/users/{w.B.User.Id}");
        var after = await w.App.WithDbAsync(db => db.PortalUsers.AsNoTracking().FirstAsync(u => u.Id == w.B.User.Id));
        Assert.Equal((before.Role, before.IsActive, before.SecurityStamp), (after.Role, after.IsActive, after.SecurityStamp));
    }

    private static string Url(string template, string slug, IsolationWorld.Party of) => template
        .Replace("{slug}", slug, StringComparison.Ordinal)
        .Replace("{orderNumber}", of.Order.Str("number"), StringComparison.Ordinal)
        .Replace("{order}", of.Order.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{submitted}", of.SubmittedOrder.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{invoiceNumber}", of.Invoice.Str("number"), StringComparison.Ordinal)
        .Replace("{invoice}", of.Invoice.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{paymentNumber}", of.Payment.Str("number"), StringComparison.Ordinal)
        .Replace("{payment}", of.Payment.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{user}", of.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{owner}", of.Owner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{customerName}", Uri.EscapeDataString(of.Name), StringComparison.Ordinal)
        .Replace("{customer}", of.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// Neither in the text of a page nor in a PDF (read back with PdfPig, compared without spaces: PDF text has no
    /// reliable ones), and no link to any of the party's records. A page's attributes may repeat what the user
    /// typed (the search box, sort links): that is their own input, not the other customer's data.
    /// </summary>
    internal static void AssertNothingOf(IsolationWorld.Party party, byte[] body, string where, string? requested = null)
    {
        var isPdf = body.Length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F';
        string text;
        if (isPdf)
        {
            using var reader = new Pdf.PdfReader(body);
            text = Squeeze(reader.Text);
        }
        else
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(body));
            text = document.DocumentElement.TextContent;
            // A form's action may repeat the address the user asked for; that is theirs, not the other customer's.
            var links = document.QuerySelectorAll("[href], [action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action") ?? "")
                .Where(l => requested is null || !l.EndsWith(requested, StringComparison.Ordinal)).ToList();
            foreach (var path in party.RecordPaths)
            {
                Assert.False(links.Any(l => l.EndsWith(path, StringComparison.Ordinal) || l.Contains(path + ".", StringComparison.Ordinal) || l.Contains(path + "?", StringComparison.Ordinal)),
                    $"{where}: the answer links to {path}");
            }
        }

        foreach (var secret in party.Secrets)
        {
            Assert.False(text.Contains(isPdf ? Squeeze(secret) : secret, StringComparison.OrdinalIgnoreCase), $"{where}: the answer contains \"{secret}\"");
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
