namespace CustomerCenter.Bench.Load;

/// <summary>What one scenario measured: rows matched, the three timings, and the plan of each SQL command.</summary>
internal sealed record ScenarioResult(
    Scenario Scenario, int Matches, Stats? Page, Stats? Api, Stats Sql, IReadOnlyList<(RecordedCommand Command, QueryPlan Plan)> Plans);
