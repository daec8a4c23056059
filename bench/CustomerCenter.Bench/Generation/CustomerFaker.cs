using Bogus;
using CustomerCenter.Web.Features.Customers;
using CustomerCenter.Web.Features.Search;

namespace CustomerCenter.Bench.Generation;

/// <summary>
/// Realistic customers with 2–3 contacts each, always the same for the same seed: one random stream,
/// consumed in order, drives every choice.
/// </summary>
internal sealed class CustomerFaker
{
    private static readonly DateTime First = new(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Last = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Randomizer _random;
    private readonly Faker[] _fakers;
    // Bogus's WeightedRandom wants weights that sum to 1: with raw weights it always picks the first item.
    private readonly float[] _weights = Market.All.Select(m => m.Weight / Market.All.Sum(x => x.Weight)).ToArray();
    private readonly int[] _marketIndexes = Enumerable.Range(0, Market.All.Length).ToArray();
    private readonly List<long> _companyIds = [];

    public CustomerFaker(int seed)
    {
        Randomizer.Seed = new Random(seed);
        _random = new Randomizer(seed);
        _fakers = Market.All.Select(m => new Faker(m.Locale) { Random = _random }).ToArray();
    }

    /// <summary>A new customer (not yet with derived fields) and its contacts, primary first.</summary>
    public Customer Next(long id, string number, Func<long> nextContactId)
    {
        var marketIndex = _random.WeightedRandom(_marketIndexes, _weights);
        var market = Market.All[marketIndex];
        var faker = _fakers[marketIndex];
        var kind = _random.Bool(0.75f) ? CustomerKind.Company : CustomerKind.Individual;
        var firstName = faker.Name.FirstName();
        var lastName = faker.Name.LastName();
        var domain = $"{faker.Internet.DomainWord()}.{market.TopLevelDomain}";
        var createdAt = First.AddTicks((long)(_random.Double() * (Last - First).Ticks));
        var address = new Address
        {
            Line1 = faker.Address.StreetAddress(),
            City = faker.Address.City(),
            PostalCode = faker.Address.ZipCode(),
            Region = market.Country == "US" ? faker.Address.StateAbbr() : null,
            Country = market.Country,
        };
        var customer = new Customer
        {
            Id = id,
            Kind = kind,
            Name = kind == CustomerKind.Company ? faker.Company.CompanyName() : $"{firstName} {lastName}",
            Number = number,
            Email = kind == CustomerKind.Company ? $"accounts@{domain}" : faker.Internet.Email(firstName, lastName),
            Phone = $"{market.Dial} {_random.Int(10, 99)} {_random.Int(1000000, 9999999)}",
            Website = kind == CustomerKind.Company ? $"https://www.{domain}" : null,
            VatNumber = kind == CustomerKind.Company && market.HasVat ? market.Country + _random.ReplaceNumbers("#########") : null,
            RegistrationNumber = kind == CustomerKind.Company ? _random.ReplaceNumbers("HRB ######") : null,
            Currency = market.Currency,
            PaymentTermsDays = _random.ArrayElement([0, 14, 30, 30, 30, 45, 60]),
            Language = market.Language,
            // ×100: 5,000.00 in two-decimal currencies, ¥500,000 in yen.
            CreditLimitMinor = kind == CustomerKind.Company ? _random.ArrayElement([5_000L, 10_000L, 25_000L, 50_000L]) * 100 : null,
            BillingAddress = address,
            ShippingAddresses = _random.Bool(0.3f) ? [address with { Line1 = faker.Address.StreetAddress() }] : [],
            IsActive = _random.Bool(0.93f),
            ParentId = kind == CustomerKind.Individual && _companyIds.Count > 0 && _random.Bool(0.3f) ? _random.ListItem(_companyIds) : null,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            TrashedAt = _random.Bool(0.01f) ? createdAt.AddDays(_random.Int(1, 300)) : null,
        };
        if (kind == CustomerKind.Company)
        {
            _companyIds.Add(id);
        }

        var contacts = _random.Int(2, 3);
        for (var c = 0; c < contacts; c++)
        {
            var isPerson = kind == CustomerKind.Individual && c == 0;
            customer.Contacts.Add(NewContact(faker, customer, nextContactId(), isPerson ? firstName : faker.Name.FirstName(),
                isPerson ? lastName : faker.Name.LastName(), isPrimary: c == 0, domain: kind == CustomerKind.Company ? domain : null));
        }

        return customer;
    }

    private Contact NewContact(Faker faker, Customer customer, long id, string first, string last, bool isPrimary, string? domain) => new()
    {
        Id = id,
        CustomerId = customer.Id,
        FirstName = first,
        LastName = last,
        Name = $"{first} {last}",
        Email = domain is null ? faker.Internet.Email(first, last) : $"{EmailSafe(first)}.{EmailSafe(last)}@{domain}",
        Phone = customer.Phone,
        Title = customer.Kind == CustomerKind.Company ? faker.Name.JobTitle() : null,
        IsPrimary = isPrimary,
        OptIn = _random.Bool(0.6f),
        DefaultRecipient = isPrimary ? ContactRecipient.To : _random.ArrayElement([ContactRecipient.None, ContactRecipient.Cc]),
        CreatedAt = customer.CreatedAt,
        UpdatedAt = customer.CreatedAt,
        TrashedAt = customer.TrashedAt,
    };

    private static string EmailSafe(string text) =>
        new string(SearchText.Normalize(text).Where(char.IsAsciiLetterOrDigit).ToArray()) is { Length: > 0 } s ? s : "contact";
}
