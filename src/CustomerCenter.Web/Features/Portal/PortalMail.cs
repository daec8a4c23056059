using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>The portal's emails. Plain text: nothing a customer typed can become markup in a mail client.</summary>
public static class PortalMail
{
    public static OutboxMessage Invitation(ClientCenter center, Customer customer, PortalUser user, string link) => new()
    {
        Kind = "portal-invitation",
        To = user.Email,
        Subject = $"Your access to {center.Name}",
        CustomerId = customer.Id,
        TextBody = $"""
            Hello {user.Name},

            you have been invited to {center.Name}, where {customer.Name} can follow its orders, invoices and payments.

            Choose your password here (the link works once, for {PortalTokens.InvitationLifetime.TotalDays:0} days):
            {link}

            If you didn't expect this email, you can ignore it.
            """,
    };

    public static OutboxMessage PasswordReset(ClientCenter center, PortalUser user, string link) => new()
    {
        Kind = "portal-password-reset",
        To = user.Email,
        Subject = $"Reset your {center.Name} password",
        CustomerId = user.CustomerId,
        TextBody = $"""
            Hello {user.Name},

            someone (hopefully you) asked to reset your password for {center.Name}.
            Choose a new one here (the link works once, for {PortalTokens.ResetLifetime.TotalHours:0} hours):
            {link}

            If it wasn't you, ignore this email: your password stays as it is.
            """,
    };
}
