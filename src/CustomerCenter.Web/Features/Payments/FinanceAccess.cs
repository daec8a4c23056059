using System.Security.Claims;
using CustomerCenter.Web.Features.Identity;

namespace CustomerCenter.Web.Features.Payments;

/// <summary>
/// The <see cref="Policies.Finance"/> rule for page handlers: a page hides what a role can't do, and the handler
/// checks again, because a form can be posted by anyone who signed in.
/// </summary>
public static class FinanceAccess
{
    public const string Refused = "Only Finance staff and admins can record, apply, reverse, deposit, bounce or refund payments.";

    public static bool IsFinance(this ClaimsPrincipal user) =>
        user.IsInRole(nameof(StaffRole.Admin)) || user.IsInRole(nameof(StaffRole.Finance));
}
