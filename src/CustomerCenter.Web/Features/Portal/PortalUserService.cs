using System.Net;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Email;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// Portal logins: invitations, roles, deactivation, password set and reset. Staff manage any customer's
/// logins; a portal Owner or Admin manages only their own company's, and an Admin never the Owner.
/// </summary>
public sealed class PortalUserService(AppDbContext db, IPasswordHasher<PortalUser> hasher)
{
    public async Task<Outcome<PortalUser>> InviteAsync(long centerId, PortalUserInput input, PortalActor actor, string baseUrl, CancellationToken ct)
    {
        var center = await db.ClientCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, ct);
        if (center is null)
        {
            return Outcome<PortalUser>.NotFound();
        }

        var errors = new ValidationErrors();
        var customerId = actor.IsStaff ? input.CustomerId : actor.CustomerId;
        var customer = customerId is null ? null : await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.TrashedAt == null, ct);
        if (customer is null)
        {
            errors.Add("customerId", "Choose the customer.");
        }
        else if (!customer.IsActive)
        {
            errors.Add("customerId", "The customer is inactive: portal logins are only for active customers.");
        }
        else if (customer.ClientCenterId != centerId)
        {
            errors.Add("customerId", $"The customer is not assigned to {center.Name}: assign it on the customer's form first.");
        }

        Contact? contact = null;
        if (input.ContactId is { } contactId)
        {
            contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId && c.CustomerId == customerId && c.TrashedAt == null, ct);
            if (contact is null)
            {
                errors.Add("contactId", "There is no such contact for this customer.");
            }
            else if (string.IsNullOrWhiteSpace(contact.Email))
            {
                errors.Add("contactId", "This contact has no email address: add one to the contact first.");
            }
        }

        var email = TextRules.Clean(input.Email) ?? contact?.Email;
        var name = TextRules.Clean(input.Name) ?? contact?.Name;
        TextRules.CheckRequired(errors, "email", email, "The email");
        CustomerValidator.CheckEmail(errors, "email", email);
        TextRules.CheckRequired(errors, "name", name, "The name");
        TextRules.CheckText(errors, "name", name, 200, label: "The name");
        var role = input.Role ?? PortalRole.User;
        if (!Enum.IsDefined(role))
        {
            errors.Add("role", "Choose owner, admin or user.");
        }
        else if (role == PortalRole.Owner && !actor.IsStaff && actor.Role != PortalRole.Owner)
        {
            errors.Add("role", "Only the Owner can hand over the Owner role.");
        }

        var normalized = StaffEmails.Normalize(email);
        if (errors.IsEmpty && await db.PortalUsers.AnyAsync(u => u.ClientCenterId == centerId && u.NormalizedEmail == normalized, ct))
        {
            errors.Add("email", "This email already has a login to this Client Center.");
        }

        if (errors.IsEmpty && role == PortalRole.Owner && await db.PortalUsers.AnyAsync(u => u.CustomerId == customerId && u.Role == PortalRole.Owner && u.IsActive, ct))
        {
            errors.Add("role", "This customer already has an Owner; there is only one.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<PortalUser>.Invalid(errors);
        }

        try
        {
            return await db.RunInTransactionAsync(async token =>
            {
                var user = new PortalUser
                {
                    ClientCenterId = centerId,
                    CustomerId = customer!.Id,
                    ContactId = contact?.Id,
                    Email = email!,
                    NormalizedEmail = normalized,
                    Name = name!,
                    Role = role,
                };
                db.PortalUsers.Add(user);
                await db.SaveChangesAsync(token);
                var secret = await PortalTokens.IssueAsync(db, user, PortalTokenPurpose.Invitation, token);
                Outbox.Enqueue(db, PortalMail.Invitation(center, customer, user, $"{baseUrl.TrimEnd('/')}/cc/{center.Slug}/accept?token={WebUtility.UrlEncode(secret)}"));
                await db.SaveChangesAsync(token);
                return Outcome<PortalUser>.Ok(user);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Two invitations raced: the unique indexes (email per center, one Owner) decided.
            db.ChangeTracker.Clear();
            return Outcome<PortalUser>.Invalid("email", "This email already has a login, or the customer already has an Owner.");
        }
    }

    public async Task<Outcome<PortalUser>> ChangeRoleAsync(long userId, PortalRole role, PortalActor actor, CancellationToken ct)
    {
        if (!Enum.IsDefined(role))
        {
            return Outcome<PortalUser>.Invalid("role", "Choose owner, admin or user.");
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var user = await FindManageableAsync(userId, actor, token);
            if (user is null)
            {
                return Outcome<PortalUser>.NotFound();
            }

            if (user.Id == actor.PortalUserId)
            {
                return Outcome<PortalUser>.Conflict("You can't change your own role.");
            }

            if (!actor.IsStaff && actor.Role != PortalRole.Owner && (user.Role == PortalRole.Owner || role == PortalRole.Owner))
            {
                return Outcome<PortalUser>.Conflict("An Admin can't change the Owner or make someone Owner.");
            }

            if (role == PortalRole.Owner && user.Role != PortalRole.Owner)
            {
                // Handing over: the current Owner becomes an Admin in the same transaction.
                var current = await db.PortalUsers.FirstOrDefaultAsync(u => u.CustomerId == user.CustomerId && u.Role == PortalRole.Owner && u.IsActive, token);
                if (current is not null)
                {
                    current.Role = PortalRole.Admin;
                    current.SecurityStamp = Guid.NewGuid().ToString("N");
                    await db.SaveChangesAsync(token);
                }
            }

            user.Role = role;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            await db.SaveChangesAsync(token);
            return Outcome<PortalUser>.Ok(user);
        }, ct);
    }

    /// <summary>Deactivating signs the user out everywhere (new security stamp) and voids their links.</summary>
    public async Task<Outcome<PortalUser>> SetActiveAsync(long userId, bool active, PortalActor actor, CancellationToken ct)
    {
        var user = await FindManageableAsync(userId, actor, ct);
        if (user is null)
        {
            return Outcome<PortalUser>.NotFound();
        }

        if (user.Id == actor.PortalUserId)
        {
            return Outcome<PortalUser>.Conflict("You can't deactivate yourself.");
        }

        if (!actor.IsStaff && actor.Role != PortalRole.Owner && user.Role == PortalRole.Owner)
        {
            return Outcome<PortalUser>.Conflict("An Admin can't deactivate the Owner.");
        }

        if (active && user.Role == PortalRole.Owner && await db.PortalUsers.AnyAsync(u => u.CustomerId == user.CustomerId && u.Role == PortalRole.Owner && u.IsActive && u.Id != user.Id, ct))
        {
            return Outcome<PortalUser>.Conflict("The customer has another active Owner.");
        }

        user.IsActive = active;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        if (!active)
        {
            await db.PortalTokens.Where(t => t.PortalUserId == user.Id && t.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, db.Clock.GetUtcNow().UtcDateTime), ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<PortalUser>.Ok(user);
    }

    /// <summary>Sets the password from an invitation or reset link; the link can be used once.</summary>
    public async Task<Outcome<PortalUser>> SetPasswordAsync(string? secret, PortalTokenPurpose purpose, string? password, string? confirm, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (PasswordRules.Check(password) is { } problem)
        {
            errors.Add("password", problem);
        }
        else if (password != confirm)
        {
            errors.Add("confirm", "The two passwords differ.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<PortalUser>.Invalid(errors);
        }

        return await db.RunInTransactionAsync(async token =>
        {
            var userId = await PortalTokens.RedeemAsync(db, secret, purpose, token);
            var user = userId is null ? null : await db.PortalUsers.FirstOrDefaultAsync(u => u.Id == userId && u.IsActive, token);
            if (user is null)
            {
                return Outcome<PortalUser>.Conflict("This link has expired or was already used. Ask for a new one.");
            }

            user.PasswordHash = hasher.HashPassword(user, password!);
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.FailedSignInCount = 0;
            user.LockoutEndsAt = null;
            await db.SaveChangesAsync(token);
            return Outcome<PortalUser>.Ok(user);
        }, ct);
    }

    /// <summary>Always answers the same way, so the form doesn't tell which emails have logins.</summary>
    public async Task RequestPasswordResetAsync(ClientCenter center, string? email, string baseUrl, CancellationToken ct)
    {
        var normalized = StaffEmails.Normalize(email);
        if (normalized.Length is 0 or > 254)
        {
            return;
        }

        await db.RunInTransactionAsync(async token =>
        {
            var user = await db.PortalUsers.FirstOrDefaultAsync(u => u.ClientCenterId == center.Id && u.NormalizedEmail == normalized && u.IsActive, token);
            if (user is not null)
            {
                var secret = await PortalTokens.IssueAsync(db, user, PortalTokenPurpose.PasswordReset, token);
                Outbox.Enqueue(db, PortalMail.PasswordReset(center, user, $"{baseUrl.TrimEnd('/')}/cc/{center.Slug}/reset?token={WebUtility.UrlEncode(secret)}"));
                await db.SaveChangesAsync(token);
            }

            return 0;
        }, ct);
    }

    private async Task<PortalUser?> FindManageableAsync(long userId, PortalActor actor, CancellationToken ct) =>
        await db.PortalUsers.FirstOrDefaultAsync(u => u.Id == userId && (actor.IsStaff || u.CustomerId == actor.CustomerId), ct);
}
