using Microsoft.Data.Sqlite;

namespace CustomerCenter.Web.Data;

internal static class SqliteConnectionStrings
{
    /// <summary>
    /// A long default timeout: Microsoft.Data.Sqlite retries a busy database until it expires, so 16
    /// writers at once queue instead of failing with "database is locked".
    /// </summary>
    public static string ForConcurrentUse(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            DefaultTimeout = 30,
            Pooling = true,
        };
        return builder.ToString();
    }
}
