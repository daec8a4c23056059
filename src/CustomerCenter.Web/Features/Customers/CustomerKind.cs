namespace CustomerCenter.Web.Features.Customers;

public enum CustomerKind
{
    Company,
    Individual,
}
