using CustomerCenter.Web.Features.Audit;

namespace CustomerCenter.Web.Features.Customers;

public static class CustomerFeature
{
    public static void AddCustomerFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CustomerQueries>();
        builder.Services.AddScoped<CustomerReader>();
        builder.Services.AddScoped<CustomerService>();
        builder.Services.AddScoped<ContactService>();
        builder.Services.AddScoped<CustomFieldService>();
        builder.Services.AddScoped<AuditQueries>();
    }
}
