namespace CustomerCenter.Web.Features.Email;

public static class EmailFeature
{
    public static void AddEmailFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Smtp"));
        builder.Services.AddSingleton<EmlFileTransport>();
        builder.Services.AddScoped<DocumentMailer>();
        builder.Services.AddScoped<EmailQueries>();
        if (string.IsNullOrWhiteSpace(builder.Configuration["Smtp:Host"]))
        {
            builder.Services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<EmlFileTransport>());
        }
        else
        {
            builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }

        builder.Services.AddSingleton<OutboxWorker>();
        if (builder.Configuration.GetValue("Outbox:Enabled", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        }
    }
}
