using CustomerCenter.Domain.Documents;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Settings;

public sealed record NumberFormatDto(string Key, string Label, string Format, string Example);

/// <summary>Company details and document numbering formats, both Admin-only.</summary>
public sealed class SettingsService(AppDbContext db)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Sequences =
    [
        (NumberSequences.Customer, "Customers"),
        (NumberSequences.Quote, "Quotes"),
        (NumberSequences.SalesOrder, "Sales orders"),
        (NumberSequences.DeliveryNote, "Delivery notes"),
        (NumberSequences.Invoice, "Invoices"),
        (NumberSequences.CreditNote, "Credit notes"),
        (NumberSequences.Payment, "Payments"),
        (NumberSequences.Refund, "Refunds"),
    ];

    public async Task<Outcome<CompanySettings>> SaveCompanyAsync(CompanySettingsInput input, CancellationToken ct)
    {
        var errors = input.Validate();
        if (!errors.IsEmpty)
        {
            return Outcome<CompanySettings>.Invalid(errors);
        }

        var settings = await db.CompanySettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new CompanySettings();
            db.CompanySettings.Add(settings);
        }

        input.ApplyTo(settings);
        await db.SaveChangesAsync(ct);
        return Outcome<CompanySettings>.Ok(settings);
    }

    public async Task<List<NumberFormatDto>> NumberFormatsAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var formats = new List<NumberFormatDto>();
        foreach (var (key, label) in Sequences)
        {
            var format = await NumberSequences.FormatOfAsync(db, key, ct);
            formats.Add(new NumberFormatDto(key, label, format, DocumentNumberFormat.Format(format, 1, today)));
        }

        return formats;
    }

    /// <summary>
    /// A new format applies to numbers taken from now on; the counter continues. Issued numbers never
    /// change, and the unique index still refuses a format that would repeat one.
    /// </summary>
    public async Task<Outcome<NumberFormatDto>> SetNumberFormatAsync(string key, string? format, CancellationToken ct)
    {
        var known = Sequences.FirstOrDefault(s => s.Key == key);
        if (known.Key is null)
        {
            return Outcome<NumberFormatDto>.NotFound();
        }

        if (DocumentNumberFormat.Validate(format?.Trim()) is { } problem)
        {
            return Outcome<NumberFormatDto>.Invalid("format", problem);
        }

        var trimmed = format!.Trim();
        var row = await db.NumberSequences.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (row is null)
        {
            db.NumberSequences.Add(new NumberSequence { Key = key, Format = trimmed });
        }
        else
        {
            row.Format = trimmed;
        }

        await db.SaveChangesAsync(ct);
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        return Outcome<NumberFormatDto>.Ok(new NumberFormatDto(key, known.Label, trimmed, DocumentNumberFormat.Format(trimmed, 1, today)));
    }
}
