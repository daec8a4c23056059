using System.Globalization;
using CustomerCenter.Domain.Receivables;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Pdf;
using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Receivables;

/// <summary>A statement PDF from query-string style parameters: used by the download and by the statement email.</summary>
public sealed class StatementPdfBuilder(AppDbContext db, StatementService statements)
{
    public sealed record StatementFile(byte[] Content, string FileName, Statement Statement);

    public async Task<Outcome<StatementFile>> BuildAsync(
        long customerId, string? from, string? to, string? currency, string? style, string? buckets, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        var pdfStyle = style?.ToLowerInvariant() switch
        {
            null or "" or "activity" => StatementStyle.Activity,
            "openitems" => (StatementStyle?)StatementStyle.OpenItems,
            _ => null,
        };
        if (pdfStyle is null)
        {
            errors.Add("style", "Choose activity or openItems.");
        }

        if (!errors.IsEmpty)
        {
            return Outcome<StatementFile>.Invalid(errors);
        }

        var outcome = await statements.BuildAsync(customerId, currency, fromDate, toDate, buckets, ct);
        if (!outcome.IsOk)
        {
            return new Outcome<StatementFile>(outcome.Kind, null, outcome.Errors, outcome.Message);
        }

        var statement = outcome.Value!;
        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == customerId, ct);
        var seller = CompanyProfile.ToSeller(await CompanyProfile.LoadAsync(db, ct));
        var model = StatementPdf.FromStatement(statement, pdfStyle!.Value, customer.Language, seller,
            new PdfCustomer(customer.Name, [.. customer.BillingAddress.Lines()]) { Number = customer.Number, VatNumber = customer.VatNumber });
        var name = $"statement-{customer.Number}-{statement.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";
        return Outcome<StatementFile>.Ok(new StatementFile(StatementRenderer.Render(model), name, statement));
    }

    /// <summary>A YYYY-MM-DD query parameter; an error on <paramref name="field"/> when it doesn't parse.</summary>
    public static DateOnly? ParseDate(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Write the date as YYYY-MM-DD.");
        return null;
    }
}
