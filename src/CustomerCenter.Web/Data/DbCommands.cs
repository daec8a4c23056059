using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CustomerCenter.Web.Data;

/// <summary>For the few statements written as SQL (atomic upserts, summaries, report aggregates): every value goes in as a parameter.</summary>
public static class DbCommands
{
    /// <summary>A command on the context's connection, in its current transaction when there is one.</summary>
    public static DbCommand CreateCommand(this AppDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
