namespace CustomerCenter.Web.Features.Customers;

public sealed record CustomFieldDto(long Id, string Key, string Label, CustomFieldType Type, bool IsRequired, IReadOnlyList<string> Choices, int SortOrder)
{
    public static CustomFieldDto From(CustomFieldDefinition f) => new(f.Id, f.Key, f.Label, f.Type, f.IsRequired, f.Choices, f.SortOrder);
}
