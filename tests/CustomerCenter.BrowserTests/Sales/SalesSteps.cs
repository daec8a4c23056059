using System.Globalization;
using System.Text.RegularExpressions;
using CustomerCenter.BrowserTests.Infrastructure;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Sales;

/// <summary>What staff do on the sales document pages, by what they see: labels, button text, headings.</summary>
public static partial class SalesSteps
{
    /// <summary>
    /// The browser app starts with no tax rates and an Admin sets them up under Settings; a journey through
    /// documents needs one, so it is stored directly (once per app).
    /// </summary>
    public static async Task EnsureTaxRateAsync(this BrowserApp app, string name, decimal percent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.TaxRates.AnyAsync(r => r.Percent == percent && r.IsActive))
        {
            db.TaxRates.Add(new TaxRate { Name = name, Percent = percent });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Fills line <paramref name="number"/> (1-based) of the document editor.</summary>
    public static async Task FillLine(this IPage page, int number, string description, string quantity, string unitPrice, string taxRate)
    {
        await page.GetByLabel($"Line {number} description", new() { Exact = true }).FillAsync(description);
        await page.GetByLabel($"Line {number} quantity", new() { Exact = true }).FillAsync(quantity);
        await page.GetByLabel($"Line {number} unit price", new() { Exact = true }).FillAsync(unitPrice);
        await page.GetByLabel($"Line {number} tax rate", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = taxRate });
    }

    public static Task Press(this IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>The status badge under a document's heading.</summary>
    public static ILocator Status(this IPage page) => page.Locator(".subtitle .badge").First;

    public static ILocator Heading(this IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The document's number from its heading ("Invoice INV-2025-0001" → "INV-2025-0001").</summary>
    public static async Task<string> DocumentNumber(this IPage page) =>
        (await page.Heading().TextContentAsync())!.Split(' ')[^1];

    public static long IdFromUrl(this IPage page) =>
        long.Parse(DocumentUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/(?:quotes|orders|invoices|credit-notes|delivery-notes)/(\d+)")]
    private static partial Regex DocumentUrl();

    public static async Task ExpectStatus(this IPage page, string status) =>
        await Expect(page.Status()).ToHaveTextAsync(status);
}
