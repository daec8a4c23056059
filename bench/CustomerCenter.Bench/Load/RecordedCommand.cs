using System.Data.Common;

namespace CustomerCenter.Bench.Load;

/// <summary>A command exactly as EF Core sent it (text and parameters), to replay with plain ADO.NET.</summary>
internal sealed record RecordedCommand(string Text, IReadOnlyList<DbParameter> Parameters)
{
    public static RecordedCommand From(DbCommand command) =>
        new(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => Copy(p, () => (DbParameter)Activator.CreateInstance(p.GetType())!)).ToList());

    /// <summary>The same command on another connection, optionally prefixed (EXPLAIN …).</summary>
    public DbCommand CreateOn(DbConnection connection, string prefix = "")
    {
        var command = connection.CreateCommand();
        command.CommandText = prefix + Text;
        foreach (var parameter in Parameters)
        {
            command.Parameters.Add(Copy(parameter, command.CreateParameter));
        }

        return command;
    }

    /// <summary>
    /// Npgsql parameters clone themselves with their exact PostgreSQL type; others copy the ADO.NET fields.
    /// Size only when set: Microsoft.Data.Sqlite reads an explicit 0 as "truncate to nothing", and would bind
    /// every DateOnly and DateTime (sent as text) as an empty string, so the replay found no rows.
    /// </summary>
    private static DbParameter Copy(DbParameter source, Func<DbParameter> create)
    {
        if (source is ICloneable cloneable)
        {
            return (DbParameter)cloneable.Clone();
        }

        var copy = create();
        copy.ParameterName = source.ParameterName;
        copy.DbType = source.DbType;
        if (source.Size > 0)
        {
            copy.Size = source.Size;
        }

        copy.Value = source.Value;
        return copy;
    }
}
