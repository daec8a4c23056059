using CustomerCenter.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Customers;

[Collection(BrowserCollection.Name)]
public sealed class CustomerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Staff_can_create_a_company_switch_its_primary_contact_trash_and_restore_it() =>
        browser.RunAsync(nameof(Staff_can_create_a_company_switch_its_primary_contact_trash_and_restore_it), async page =>
        {
            // One word shared by both companies' names, so a search lists exactly this test's customers.
            var tag = "zq" + Guid.NewGuid().ToString("N")[..6];
            var company = $"Lovelace Engines {tag}";
            var other = $"Hopper Compilers {tag}";

            await page.SignInAsAdmin();
            await page.CreateCompany(company);

            await page.AddContact("Ada", "Lovelace");
            await page.AddContact("Grace", "Hopper");
            await Expect(page.PrimaryBadge("Ada Lovelace")).ToBeVisibleAsync();
            await Expect(page.PrimaryBadge("Grace Hopper")).ToHaveCountAsync(0);

            await page.MakePrimary("Grace Hopper");
            await Expect(page.Flash()).ToContainTextAsync("Grace Hopper is now the primary contact.");
            await Expect(page.PrimaryBadge("Grace Hopper")).ToBeVisibleAsync();
            await Expect(page.PrimaryBadge("Ada Lovelace")).ToHaveCountAsync(0);

            await page.CreateCompany(other);

            await page.GotoAsync("/customers");
            await page.SearchCustomers(tag);
            await Expect(page.ListedCustomers()).ToHaveCountAsync(2);
            await Expect(page.CustomerLink(company)).ToBeVisibleAsync();
            await Expect(page.CustomerLink(other)).ToBeVisibleAsync();

            await page.SelectCustomer(company);
            await page.SelectCustomer(other);
            await page.GetByRole(AriaRole.Button, new() { Name = "Move selected to trash" }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync("2 customers moved to the trash");
            await Expect(page.ListedCustomers()).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "Trash", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers in the trash" })).ToBeVisibleAsync();
            await Expect(page.CustomerLink(company)).ToBeVisibleAsync();
            await Expect(page.CustomerLink(other)).ToBeVisibleAsync();

            await page.SelectCustomer(company);
            await page.GetByRole(AriaRole.Button, new() { Name = "Restore selected" }).ClickAsync();
            await Expect(page.Flash()).ToContainTextAsync("1 customer restored.");
            await Expect(page.CustomerLink(company)).ToHaveCountAsync(0);
            await Expect(page.CustomerLink(other)).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Back to customers" }).ClickAsync();
            // Enhanced navigation swaps the page in place: wait for the list before typing into its search box.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers", Exact = true })).ToBeVisibleAsync();
            await page.SearchCustomers(tag);
            await Expect(page.ListedCustomers()).ToHaveCountAsync(1);
            await Expect(page.CustomerLink(company)).ToBeVisibleAsync();

            // Restoring brings the company back whole: its contacts, with the primary chosen before the trash.
            await page.CustomerLink(company).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = company, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("In the trash", new() { Exact = true })).ToHaveCountAsync(0);
            await Expect(page.PrimaryBadge("Grace Hopper")).ToBeVisibleAsync();
            await Expect(page.ContactRow("Ada Lovelace")).ToBeVisibleAsync();
        });
}
