namespace CustomerCenter.Web.Features.Customers;

/// <summary>Field lengths, shared by validation and the schema so a valid value always fits its column.</summary>
public static class CustomerLimits
{
    public const int Name = 200;
    public const int PersonName = 100;
    public const int Number = 32;
    public const int Email = 254;
    public const int Phone = 40;
    public const int Website = 200;
    public const int Code = 40;
    public const int Ean = 14;
    public const int Notes = 4000;
    public const int AddressLine = 200;
    public const int PostalCode = 20;
    public const int ShippingAddresses = 20;
    public const int PaymentTermsDaysMax = 365;
}
