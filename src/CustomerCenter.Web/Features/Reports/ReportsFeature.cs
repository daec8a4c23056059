namespace CustomerCenter.Web.Features.Reports;

public static class ReportsFeature
{
    public static void AddReportsFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgingQuery>();
        builder.Services.AddScoped<BalanceQuery>();
        builder.Services.AddScoped<OpenItemQuery>();
        builder.Services.AddScoped<OpenOrderQuery>();
        builder.Services.AddScoped<SalesHistoryQuery>();
        builder.Services.AddScoped<SalesByCustomerQuery>();
        builder.Services.AddScoped<ContactReportQuery>();
        builder.Services.AddScoped<ChequeReportQuery>();
        builder.Services.AddScoped<ReportLookups>();
        builder.Services.AddScoped<DashboardQuery>();
        builder.Services.AddHostedService<CustomerAgingRefresher>();
    }
}
