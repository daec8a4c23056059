using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Identity;

public sealed class StaffUserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public StaffRole? Role { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Set to give the user a new password; empty keeps the current one.</summary>
    public string? Password { get; set; }
}

/// <summary>Admin management of staff users. The last active Admin can't be demoted or deactivated.</summary>
public sealed class StaffUserService(AppDbContext db, IPasswordHasher<StaffUser> hasher)
{
    public async Task<Outcome<StaffUser>> CreateAsync(StaffUserInput input, CancellationToken ct)
    {
        var errors = Validate(input, requirePassword: true);
        var normalized = StaffEmails.Normalize(input.Email);
        if (errors.IsEmpty && await db.StaffUsers.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            errors.Add("email", "A staff user with this email already exists.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<StaffUser>.Invalid(errors);
        }

        var user = new StaffUser
        {
            Email = input.Email!.Trim(),
            NormalizedEmail = normalized,
            DisplayName = input.DisplayName!.Trim(),
            Role = input.Role!.Value,
            IsActive = input.IsActive,
        };
        user.PasswordHash = hasher.HashPassword(user, input.Password!);
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync(ct);
        return Outcome<StaffUser>.Ok(user);
    }

    public async Task<Outcome<StaffUser>> UpdateAsync(long id, StaffUserInput input, CancellationToken ct)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return Outcome<StaffUser>.NotFound();
        }

        input.Email = user.Email;
        var errors = Validate(input, requirePassword: false);
        var losesAdmin = user.Role == StaffRole.Admin && user.IsActive && (input.Role != StaffRole.Admin || !input.IsActive);
        if (losesAdmin && !await db.StaffUsers.AnyAsync(u => u.Id != id && u.Role == StaffRole.Admin && u.IsActive, ct))
        {
            errors.Add("role", "This is the last active Admin: make someone else Admin first.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<StaffUser>.Invalid(errors);
        }

        var signOut = user.Role != input.Role || user.IsActive != input.IsActive || !string.IsNullOrEmpty(input.Password);
        user.DisplayName = input.DisplayName!.Trim();
        user.Role = input.Role!.Value;
        user.IsActive = input.IsActive;
        if (!string.IsNullOrEmpty(input.Password))
        {
            user.PasswordHash = hasher.HashPassword(user, input.Password);
            user.LockoutEndsAt = null;
            user.FailedSignInCount = 0;
        }

        if (signOut)
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        await db.SaveChangesAsync(ct);
        return Outcome<StaffUser>.Ok(user);
    }

    private static ValidationErrors Validate(StaffUserInput input, bool requirePassword)
    {
        var errors = new ValidationErrors();
        TextRules.CheckRequired(errors, "email", input.Email, "The email");
        CustomerValidator.CheckEmail(errors, "email", input.Email);
        TextRules.CheckRequired(errors, "displayName", input.DisplayName, "The name");
        TextRules.CheckText(errors, "displayName", input.DisplayName, 100, label: "The name");
        if (input.Role is null || !Enum.IsDefined(input.Role.Value))
        {
            errors.Add("role", "Choose Admin, Sales, Finance or Viewer.");
        }

        if ((requirePassword || !string.IsNullOrEmpty(input.Password)) && PasswordRules.Check(input.Password) is { } problem)
        {
            errors.Add("password", problem);
        }

        return errors;
    }
}
