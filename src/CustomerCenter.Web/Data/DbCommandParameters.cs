using System.Data.Common;

namespace CustomerCenter.Web.Data;

/// <summary>For the few statements written as SQL (atomic upserts, report aggregates): every value goes in as a parameter.</summary>
public static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
