using System.Globalization;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Common;
using CustomerCenter.Web.Features.Pdf;
using CustomerCenter.Web.Features.Settings;
using Microsoft.EntityFrameworkCore;

namespace CustomerCenter.Web.Features.Receivables;

public sealed record StatementFile(byte[] Content, string FileName);

/// <summary>
/// A customer's statement as a PDF, for the workspace, the API and the Client Center. The caller decides
/// whose statement it may ask for: the portal passes only the signed-in user's own customer.
/// </summary>
public sealed class StatementFiles(StatementService statements, AppDbContext db)
{
    public async Task<Outcome<StatementFile>> RenderAsync(long customerId, StatementQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var (from, to) = query.Dates(errors);
        var style = query.PdfStyle(errors);
        if (!errors.IsEmpty)
        {
            return Outcome<StatementFile>.Invalid(errors);
        }

        var statement = await statements.BuildAsync(customerId, query.Currency, from, to, query.Buckets, ct);
        if (!statement.IsOk)
        {
            return new Outcome<StatementFile>(statement.Kind, null, statement.Errors, statement.Message);
        }

        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == customerId, ct);
        var seller = CompanyProfile.ToSeller(await CompanyProfile.LoadAsync(db, ct));
        var model = StatementPdf.FromStatement(statement.Value!, style!.Value, customer.Language, seller,
            new PdfCustomer(customer.Name, [.. customer.BillingAddress.Lines()]) { Number = customer.Number, VatNumber = customer.VatNumber });
        var name = $"statement-{customer.Number}-{statement.Value!.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";
        return Outcome<StatementFile>.Ok(new StatementFile(StatementRenderer.Render(model), name));
    }
}
