using CustomerCenter.Web.Data;

namespace CustomerCenter.Bench.Data;

/// <summary>The name written into audit entries for the few rows the bench saves through the app's context.</summary>
internal sealed class BenchActor : ICurrentActor
{
    public static readonly BenchActor Instance = new();

    public string Name => "bench";
}
