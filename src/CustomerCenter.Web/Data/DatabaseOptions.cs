namespace CustomerCenter.Web.Data;

/// <summary>Which database the application runs on, read once at startup.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var dataFolder = Path.GetFullPath(configuration["DataFolder"] ?? "App_Data", contentRoot);
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerName}' is not supported; use Sqlite or Postgres.");
        }

        var connectionString = configuration.GetConnectionString("CustomerCenter");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:CustomerCenter is not set.");
            }

            connectionString = $"Data Source={Path.Combine(dataFolder, "customer-center.db")}";
        }

        return new DatabaseOptions(provider, connectionString, dataFolder);
    }
}
