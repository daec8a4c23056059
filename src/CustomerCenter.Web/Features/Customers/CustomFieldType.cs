namespace CustomerCenter.Web.Features.Customers;

public enum CustomFieldType
{
    Text,
    Number,
    Date,
    YesNo,
    Choice,
}
