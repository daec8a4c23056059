using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Customers;

public sealed class CustomFieldService(AppDbContext db)
{
    public async Task<Outcome<CustomFieldDefinition>> CreateAsync(CustomFieldInput input, CancellationToken ct)
    {
        var errors = input.Validate();
        if (errors.IsEmpty && await db.CustomFieldDefinitions.AnyAsync(f => f.Key == input.Key, ct))
        {
            errors.Add("key", "Another custom field already uses this key.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CustomFieldDefinition>.Invalid(errors);
        }

        var field = new CustomFieldDefinition { Key = input.Key!, Label = input.Label!.Trim(), Type = input.Type!.Value };
        Apply(field, input);
        db.CustomFieldDefinitions.Add(field);
        await db.SaveChangesAsync(ct);
        return Outcome<CustomFieldDefinition>.Ok(field);
    }

    public async Task<Outcome<CustomFieldDefinition>> UpdateAsync(long id, CustomFieldInput input, CancellationToken ct)
    {
        var field = await db.CustomFieldDefinitions.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (field is null)
        {
            return Outcome<CustomFieldDefinition>.NotFound();
        }

        input.Key ??= field.Key;
        input.Type ??= field.Type;
        var errors = input.Validate();
        if (input.Key != field.Key)
        {
            errors.Add("key", "The key of a field can't change: existing values are stored under it.");
        }

        if (input.Type != field.Type)
        {
            errors.Add("type", "The type of a field can't change: existing values were checked against it.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<CustomFieldDefinition>.Invalid(errors);
        }

        field.Label = input.Label!.Trim();
        Apply(field, input);
        await db.SaveChangesAsync(ct);
        return Outcome<CustomFieldDefinition>.Ok(field);
    }

    private static void Apply(CustomFieldDefinition field, CustomFieldInput input)
    {
        field.IsRequired = input.IsRequired ?? false;
        field.Choices = field.Type == CustomFieldType.Choice ? input.Choices!.Select(c => c.Trim()).ToList() : [];
        field.SortOrder = input.SortOrder ?? 0;
    }
}
