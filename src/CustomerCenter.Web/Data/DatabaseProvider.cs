namespace CustomerCenter.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
