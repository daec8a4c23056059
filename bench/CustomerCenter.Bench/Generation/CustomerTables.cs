using System.Text.Json;
using CustomerCenter.Web.Features.Customers;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CustomerCenter.Bench.Generation;

/// <summary>How a generated customer, contact and search term become rows, column by column.</summary>
internal sealed class CustomerTables(IModel model)
{
    public TableSpec<Customer> Customers { get; } = TableSpec<Customer>.Bind(model, "Customers",
    [
        new("Id", c => c.Id),
        new("Kind", c => c.Kind),
        new("Name", c => c.Name),
        new("NameNormalized", c => c.NameNormalized),
        new("Number", c => c.Number),
        new("Email", c => c.Email),
        new("Phone", c => c.Phone),
        new("Website", c => c.Website),
        new("VatNumber", c => c.VatNumber),
        new("RegistrationNumber", c => c.RegistrationNumber),
        new("Ean", c => c.Ean),
        new("Currency", c => c.Currency),
        new("PaymentTermsDays", c => c.PaymentTermsDays),
        new("Language", c => c.Language),
        new("CreditLimitMinor", c => c.CreditLimitMinor),
        new("Notes", c => c.Notes),
        new("IsActive", c => c.IsActive),
        new("ParentId", c => c.ParentId),
        new("ClientCenterId", c => c.ClientCenterId),
        new("CustomFields", c => c.CustomFields),
        new("CreatedAt", c => c.CreatedAt),
        new("UpdatedAt", c => c.UpdatedAt),
        new("TrashedAt", c => c.TrashedAt),
        new("Version", c => c.Version),
        new("BillingAddress_City", c => c.BillingAddress.City),
        new("BillingAddress_Country", c => c.BillingAddress.Country),
        new("BillingAddress_Line1", c => c.BillingAddress.Line1),
        new("BillingAddress_Line2", c => c.BillingAddress.Line2),
        new("BillingAddress_PostalCode", c => c.BillingAddress.PostalCode),
        new("BillingAddress_Region", c => c.BillingAddress.Region),
        new("ShippingAddresses", c => AddressesJson(c.ShippingAddresses)),
    ]);

    public TableSpec<Contact> Contacts { get; } = TableSpec<Contact>.Bind(model, "Contacts",
    [
        new("Id", c => c.Id),
        new("CustomerId", c => c.CustomerId),
        new("FirstName", c => c.FirstName),
        new("LastName", c => c.LastName),
        new("Name", c => c.Name),
        new("Email", c => c.Email),
        new("Phone", c => c.Phone),
        new("Title", c => c.Title),
        new("IsPrimary", c => c.IsPrimary),
        new("OptIn", c => c.OptIn),
        new("DefaultRecipient", c => c.DefaultRecipient),
        new("CreatedAt", c => c.CreatedAt),
        new("UpdatedAt", c => c.UpdatedAt),
        new("TrashedAt", c => c.TrashedAt),
        new("Version", c => c.Version),
    ]);

    public TableSpec<CustomerSearchTerm> SearchTerms { get; } = TableSpec<CustomerSearchTerm>.Bind(model, "CustomerSearchTerms",
    [
        new("CustomerId", t => t.CustomerId),
        new("Term", t => t.Term),
    ]);

    public IReadOnlyList<string> Names => [Customers.Name, Contacts.Name, SearchTerms.Name];

    /// <summary>The JSON EF Core writes for the complex collection: properties by name, nulls included.</summary>
    private static string AddressesJson(List<Address> addresses)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var a in addresses)
            {
                json.WriteStartObject();
                json.WriteString("City", a.City);
                json.WriteString("Country", a.Country);
                json.WriteString("Line1", a.Line1);
                json.WriteString("Line2", a.Line2);
                json.WriteString("PostalCode", a.PostalCode);
                json.WriteString("Region", a.Region);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
