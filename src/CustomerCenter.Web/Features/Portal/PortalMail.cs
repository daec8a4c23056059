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

    /// <summary>To the business: the message stays plain text, so nothing the customer typed becomes markup.</summary>
    public static OutboxMessage ChangeRequest(ClientCenter center, Customer customer, PortalUser user, string to, string message) => new()
    {
        Kind = "portal-change-request",
        To = to,
        Subject = $"Change request from {customer.Name} ({customer.Number})",
        CustomerId = customer.Id,
        TextBody = $"""
            {user.Name} <{user.Email}>, {user.Role} of {customer.Name} ({customer.Number}) in {center.Name}, asks for a change to the company's details:

            {message}

            Reply to {user.Email}. The request is also in the customer's history.
            """,
    };
}
