using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Customers;

/// <summary>
/// What staff do on the customer pages, by what they see (roles, labels, button text), so a test reads
/// like the steps a person takes and breaks when the page a person uses breaks.
/// </summary>
public static partial class CustomerSteps
{
    /// <summary>Creates a company through "Add customer"; ends on its detail page and returns its id.</summary>
    public static async Task<long> CreateCompany(this IPage page, string name)
    {
        await page.GotoAsync("/customers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add customer" }).ClickAsync();
        await page.GetByLabel("Company", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save customer" }).ClickAsync();
        await Expect(page.Flash()).ToContainTextAsync("The customer was saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        return long.Parse(CustomerUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>From a customer's detail page: "Add contact", fill the names, save; back on the detail page.</summary>
    public static async Task AddContact(this IPage page, string firstName, string lastName)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New contact" })).ToBeVisibleAsync();
        await page.GetByLabel("First name", new() { Exact = true }).FillAsync(firstName);
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync(lastName);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync($"{firstName}.{lastName}@example.com".ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Expect(page.ContactRow($"{firstName} {lastName}")).ToBeVisibleAsync();
    }

    /// <summary>The row of a contact in the detail page's Contacts section (the History table names contacts too).</summary>
    public static ILocator ContactRow(this IPage page, string name) =>
        page.Locator("section")
            .Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Contacts", Exact = true }) })
            .GetByRole(AriaRole.Row)
            .Filter(new() { HasText = name });

    /// <summary>The "Primary" badge in a contact's row: present only on the primary contact.</summary>
    public static ILocator PrimaryBadge(this IPage page, string contactName) =>
        page.ContactRow(contactName).GetByText("Primary", new() { Exact = true });

    public static Task MakePrimary(this IPage page, string contactName) =>
        page.ContactRow(contactName).GetByRole(AriaRole.Button, new() { Name = "Make primary" }).ClickAsync();

    /// <summary>Searches the customer list from its search box (the active list or the trash, whichever is open).</summary>
    public static async Task SearchCustomers(this IPage page, string text)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]search=" + Regex.Escape(Uri.EscapeDataString(text))));
    }

    /// <summary>The selection checkboxes of the list: one per customer listed on the page.</summary>
    public static ILocator ListedCustomers(this IPage page) =>
        page.Locator("tbody").GetByRole(AriaRole.Checkbox);

    public static ILocator CustomerLink(this IPage page, string name) =>
        page.Locator("tbody").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static Task SelectCustomer(this IPage page, string name) =>
        page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {name}", Exact = true }).CheckAsync();

    /// <summary>The confirmation or error message a page shows after an action.</summary>
    public static ILocator Flash(this IPage page) => page.GetByRole(AriaRole.Status);

    [GeneratedRegex(@"/customers/(\d+)")]
    private static partial Regex CustomerUrl();
}
