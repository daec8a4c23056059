namespace CustomerCenter.Web.Features.Payments;

public static class PaymentsFeature
{
    public static void AddPaymentsFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PaymentValidator>();
        builder.Services.AddScoped<CreditApplication>();
        builder.Services.AddScoped<PaymentService>();
        builder.Services.AddScoped<RefundService>();
        builder.Services.AddScoped<PaymentQueries>();
        builder.Services.AddScoped<Receivables.BalanceQueries>();
        builder.Services.AddScoped<Receivables.StatementService>();
        builder.Services.AddScoped<Receivables.StatementPdfBuilder>();
    }
}
