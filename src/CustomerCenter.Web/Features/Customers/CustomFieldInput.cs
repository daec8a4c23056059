using System.Text.RegularExpressions;
using CustomerCenter.Web.Features.Common;

namespace CustomerCenter.Web.Features.Customers;

public sealed partial class CustomFieldInput
{
    public const int MaxChoices = 50;

    public string? Key { get; set; }

    public string? Label { get; set; }

    public CustomFieldType? Type { get; set; }

    public bool? IsRequired { get; set; }

    public List<string>? Choices { get; set; }

    public int? SortOrder { get; set; }

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(Key) || !KeyPattern().IsMatch(Key))
        {
            errors.Add("key", "The key starts with a letter and holds letters and digits only (at most 40), e.g. accountManager.");
        }

        TextRules.CheckRequired(errors, "label", Label, "The label");
        TextRules.CheckText(errors, "label", Label, 100, label: "The label");
        if (Type is null || !Enum.IsDefined(Type.Value))
        {
            errors.Add("type", "Choose text, number, date, yesNo or choice.");
        }

        if (Type == CustomFieldType.Choice)
        {
            var choices = Choices?.Select(c => c?.Trim()).ToList() ?? [];
            if (choices.Count == 0 || choices.Count > MaxChoices)
            {
                errors.Add("choices", $"A choice field needs between 1 and {MaxChoices} choices.");
            }
            else if (choices.Any(c => string.IsNullOrEmpty(c) || c.Length > 100 || c.Any(char.IsControl)))
            {
                errors.Add("choices", "Each choice is a text of 1 to 100 characters.");
            }
            else if (choices.Distinct(StringComparer.Ordinal).Count() != choices.Count)
            {
                errors.Add("choices", "Each choice can appear only once.");
            }
        }

        if (SortOrder is < 0 or > 10_000)
        {
            errors.Add("sortOrder", "The sort order is between 0 and 10000.");
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex KeyPattern();
}
