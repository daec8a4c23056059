using System.Diagnostics;
using System.Globalization;
using CustomerCenter.Bench.Data;
using CustomerCenter.Web.Data;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// The PostgreSQL backends serving this benchmark's database are part of what is measured: their CPU
/// waits count (<see cref="CpuWatch"/>), and on a shared machine they get the raised priority run.sh
/// gives the bench and the app (nice), so the SQL runs on the same footing. Best effort: Linux, a local
/// server, the right to renice.
/// </summary>
internal static class PostgresBackends
{
    public static async Task AdoptAsync(BenchDatabase database, CpuWatch.Ours ours, int nice, CancellationToken ct)
    {
        if (database.Provider != DatabaseProvider.Postgres || !OperatingSystem.IsLinux())
        {
            return;
        }

        var pids = new List<string>();
        await using (var connection = await database.OpenAsync(ct))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                pids.Add(reader.GetInt32(0).ToString(CultureInfo.InvariantCulture));
            }
        }

        ours.Add(pids.Select(p => int.Parse(p, CultureInfo.InvariantCulture)));
        if (nice == 0)
        {
            return;
        }

        var renice = new ProcessStartInfo("renice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-n", nice.ToString(CultureInfo.InvariantCulture), "-p" }.Concat(pids))
        {
            renice.ArgumentList.Add(argument);
        }

        using var process = Process.Start(renice);
        if (process is not null)
        {
            await process.WaitForExitAsync(ct);
        }
    }
}
