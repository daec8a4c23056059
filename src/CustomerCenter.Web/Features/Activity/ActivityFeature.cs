namespace CustomerCenter.Web.Features.Activity;

public static class ActivityFeature
{
    public static void AddActivityFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<FileOptions>(builder.Configuration.GetSection("Files"));
        builder.Services.AddScoped<ActivityQueries>();
        builder.Services.AddScoped<CommunicationService>();
        builder.Services.AddScoped<CommentService>();
        builder.Services.AddScoped<TaskService>();
        builder.Services.AddScoped<TaskQueries>();
        builder.Services.AddScoped<ProjectService>();
        builder.Services.AddScoped<ProjectQueries>();
        builder.Services.AddScoped<FileService>();
        builder.Services.AddScoped<TransactionQueries>();
        builder.Services.AddScoped<StartPageQueries>();
    }
}
