namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>Keys reserved for one table (BulkSession.ReserveIdsAsync), handed out in order; running past the block is a bug.</summary>
internal sealed class IdBlock(string table, long first, long count)
{
    private readonly long _end = first + count;

    public long Next { get; private set; } = first;

    public long Take() => Next < _end
        ? Next++
        : throw new InvalidOperationException($"More {table} rows than the {count:N0} keys reserved.");
}
