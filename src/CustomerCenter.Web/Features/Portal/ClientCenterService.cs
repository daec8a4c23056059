using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>Creating and configuring Client Centers. An invalid settings document changes nothing: the old settings stay in force.</summary>
public sealed class ClientCenterService(AppDbContext db)
{
    public async Task<Outcome<ClientCenter>> CreateAsync(ClientCenterInput input, CancellationToken ct)
    {
        var errors = input.Validate();
        await CheckSlugAsync(input, null, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<ClientCenter>.Invalid(errors);
        }

        var center = new ClientCenter
        {
            Name = input.Name!.Trim(),
            Slug = input.Slug!.Trim(),
            IsActive = input.IsActive ?? true,
            SettingsJson = (input.Settings ?? []).ToJsonString(),
        };
        db.ClientCenters.Add(center);
        await db.SaveChangesAsync(ct);
        return Outcome<ClientCenter>.Ok(center);
    }

    public async Task<Outcome<ClientCenter>> UpdateAsync(long id, ClientCenterInput input, long? expectedVersion, CancellationToken ct)
    {
        var center = await db.ClientCenters.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (center is null)
        {
            return Outcome<ClientCenter>.NotFound();
        }

        if (expectedVersion is { } v && v != center.Version)
        {
            return Outcome<ClientCenter>.Stale();
        }

        var errors = input.Validate();
        await CheckSlugAsync(input, id, errors, ct);
        if (!errors.IsEmpty)
        {
            return Outcome<ClientCenter>.Invalid(errors);
        }

        center.Name = input.Name!.Trim();
        center.Slug = input.Slug!.Trim();
        center.IsActive = input.IsActive ?? true;
        center.SettingsJson = (input.Settings ?? []).ToJsonString();
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<ClientCenter>.Ok(center);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome<ClientCenter>.Stale();
        }
    }

    /// <summary>A center with customers or logins is deactivated instead, so nobody's history points nowhere.</summary>
    public async Task<Outcome<ClientCenter>> DeleteAsync(long id, CancellationToken ct)
    {
        var center = await db.ClientCenters.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (center is null)
        {
            return Outcome<ClientCenter>.NotFound();
        }

        if (await db.Customers.AnyAsync(c => c.ClientCenterId == id, ct) || await db.PortalUsers.AnyAsync(u => u.ClientCenterId == id, ct))
        {
            return Outcome<ClientCenter>.Conflict("Customers or portal logins use this Client Center: deactivate it instead, or move them first.");
        }

        db.ClientCenters.Remove(center);
        await db.SaveChangesAsync(ct);
        return Outcome<ClientCenter>.Ok(center);
    }

    public Task<int> CustomerCountAsync(long id, CancellationToken ct) => db.Customers.CountAsync(c => c.ClientCenterId == id && c.TrashedAt == null, ct);

    private async Task CheckSlugAsync(ClientCenterInput input, long? id, ValidationErrors errors, CancellationToken ct)
    {
        var slug = input.Slug?.Trim();
        if (errors.For("slug").Count == 0 && await db.ClientCenters.AnyAsync(c => c.Slug == slug && c.Id != id, ct))
        {
            errors.Add("slug", "Another Client Center already uses this address.");
        }
    }
}
