using CustomerCenter.Web.Features.Customers;

namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>What documents copy from an existing customer (as the app's DocumentWriter does), read once.</summary>
internal sealed record BenchCustomer(
    long Id,
    string Number,
    string Name,
    string? VatNumber,
    string Currency,
    string Language,
    int PaymentTermsDays,
    Address BillingAddress,
    Address ShippingAddress,
    DateOnly Since,
    bool CanSignIn,
    long? PrimaryContactId,
    string? PrimaryContactName);
