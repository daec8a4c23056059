using Bogus;
using CustomerCenter.Web.Data;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Identity;
using Microsoft.AspNetCore.Identity;

namespace CustomerCenter.Web.Features.DemoData;

/// <summary>
/// Realistic demo data for a new database, always the same (fixed seed): about 200 customers in
/// several countries, currencies and languages, companies with contacts, individuals, some belonging
/// to a company; plus one demo user per staff role.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, IPasswordHasher<StaffUser> hasher)
{
    private sealed record Market(string Locale, string Country, string Currency, string Language, string Dial, int Weight);

    private static readonly Market[] Markets =
    [
        new("de", "DE", "EUR", "de", "+49", 30),
        new("fr", "FR", "EUR", "fr", "+33", 20),
        new("en_US", "US", "USD", "en", "+1", 25),
        new("en_GB", "GB", "GBP", "en", "+44", 15),
        new("ja", "JP", "JPY", "ja", "+81", 6),
        new("nl", "NL", "EUR", "nl", "+31", 4),
    ];

    public const int CompanyCount = 150;
    public const int IndividualCount = 50;

    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        var logins = SeedStaff();
        Randomizer.Seed = new Random(20261126);
        var picker = new Faker { Random = new Randomizer(7) };
        var number = 1;
        var companies = new List<Customer>();
        for (var i = 0; i < CompanyCount; i++)
        {
            var market = picker.Random.WeightedRandom(Markets, Markets.Select(m => (float)m.Weight).ToArray());
            var faker = new Faker(market.Locale) { Random = new Randomizer(1000 + i) };
            var company = NewCustomer(faker, market, CustomerKind.Company, faker.Company.CompanyName(), number++);
            var contactCount = faker.Random.Int(2, 4);
            for (var c = 0; c < contactCount; c++)
            {
                company.Contacts.Add(NewContact(faker, company, isPrimary: c == 0));
            }

            companies.Add(company);
        }

        db.Customers.AddRange(companies);
        await db.SaveChangesAsync(ct);

        var individuals = new List<Customer>();
        for (var i = 0; i < IndividualCount; i++)
        {
            var market = picker.Random.WeightedRandom(Markets, Markets.Select(m => (float)m.Weight).ToArray());
            var faker = new Faker(market.Locale) { Random = new Randomizer(5000 + i) };
            var person = NewCustomer(faker, market, CustomerKind.Individual, faker.Name.FullName(), number++);
            if (i % 3 == 0)
            {
                var employer = companies.Where(c => c.Currency == market.Currency).ElementAtOrDefault(i % 10);
                person.ParentId = employer?.Id;
            }

            person.Contacts.Add(NewContact(faker, person, isPrimary: true, name: person.Name));
            individuals.Add(person);
        }

        db.Customers.AddRange(individuals);
        await db.SaveChangesAsync(ct);
        await AdvanceCustomerSequenceAsync(number, ct);
        return logins;
    }

    private List<string> SeedStaff()
    {
        var logins = new List<string>();
        foreach (var (role, name) in new[] { (StaffRole.Sales, "Sam Sales"), (StaffRole.Finance, "Fiona Finance"), (StaffRole.Viewer, "Victor Viewer") })
        {
            var email = $"{role.ToString().ToLowerInvariant()}@customer-center.local";
            var password = PasswordRules.Generate();
            var user = new StaffUser { Email = email, NormalizedEmail = StaffEmails.Normalize(email), DisplayName = name, Role = role };
            user.PasswordHash = hasher.HashPassword(user, password);
            db.StaffUsers.Add(user);
            logins.Add($"Staff sign-in ({role}): {email}  password: {password}");
        }

        return logins;
    }

    private static Customer NewCustomer(Faker faker, Market market, CustomerKind kind, string name, int number)
    {
        var domain = faker.Internet.DomainWord() + "." + (market.Country == "US" ? "com" : market.Country.ToLowerInvariant());
        var address = new Address
        {
            Line1 = faker.Address.StreetAddress(),
            City = faker.Address.City(),
            PostalCode = faker.Address.ZipCode(),
            Region = market.Country is "US" ? faker.Address.StateAbbr() : null,
            Country = market.Country,
        };
        var customer = new Customer
        {
            Kind = kind,
            Name = name,
            Number = $"C-{number:00000}",
            Email = kind == CustomerKind.Company ? $"accounts@{domain}" : faker.Internet.Email(),
            Phone = $"{market.Dial} {faker.Random.Int(10, 99)} {faker.Random.Int(1000000, 9999999)}",
            Website = kind == CustomerKind.Company ? $"https://www.{domain}" : null,
            VatNumber = kind == CustomerKind.Company && market.Country is not ("US" or "JP")
                ? market.Country + faker.Random.ReplaceNumbers("#########")
                : null,
            RegistrationNumber = kind == CustomerKind.Company ? faker.Random.ReplaceNumbers("HRB ######") : null,
            Currency = market.Currency,
            PaymentTermsDays = faker.PickRandom(0, 14, 30, 30, 30, 45, 60),
            Language = market.Language,
            CreditLimitMinor = kind == CustomerKind.Company
                // ×100: 5,000.00 in two-decimal currencies, ¥500,000 in yen.
                ? faker.PickRandom(5_000L, 10_000L, 25_000L, 50_000L) * 100
                : null,
            BillingAddress = address,
            ShippingAddresses = faker.Random.Bool(0.3f) ? [address with { Line1 = faker.Address.StreetAddress() }] : [],
            IsActive = faker.Random.Bool(0.93f),
            CreatedAt = faker.Date.Between(new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc)),
        };
        return customer;
    }

    private static Contact NewContact(Faker faker, Customer customer, bool isPrimary, string? name = null)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var domain = customer.Website is { } site ? new Uri(site).Host.Replace("www.", "", StringComparison.Ordinal) : null;
        return new Contact
        {
            FirstName = name is null ? first : null,
            LastName = name is null ? last : null,
            Name = name ?? $"{first} {last}",
            Email = domain is null ? customer.Email : $"{SearchSafe(first)}.{SearchSafe(last)}@{domain}",
            Phone = customer.Phone,
            Title = name is null ? faker.Name.JobTitle() : null,
            IsPrimary = isPrimary,
            OptIn = faker.Random.Bool(0.6f),
            DefaultRecipient = isPrimary ? ContactRecipient.To : faker.PickRandom(ContactRecipient.None, ContactRecipient.Cc),
        };
    }

    private static string SearchSafe(string text) =>
        new string(Search.SearchText.Normalize(text).Where(char.IsAsciiLetterOrDigit).ToArray()) is { Length: > 0 } s ? s : "contact";

    private async Task AdvanceCustomerSequenceAsync(int next, CancellationToken ct)
    {
        db.NumberSequences.Add(new NumberSequence { Key = NumberSequences.Customer, Format = "C-{00000}", NextValue = next });
        await db.SaveChangesAsync(ct);
    }
}
