using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>Signing in through the real /login form, as a person does.</summary>
public static class SignInSteps
{
    public static Task SignInAsAdmin(this IPage page) => page.SignInAs(BrowserApp.AdminEmail, BrowserApp.AdminPassword);

    public static async Task SignInAs(this IPage page, string email, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The sign-out button is in the workspace layout only: seeing it proves the cookie was accepted.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
