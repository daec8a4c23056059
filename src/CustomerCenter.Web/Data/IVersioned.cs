namespace CustomerCenter.Web.Data;

/// <summary>
/// Optimistic concurrency: <see cref="Version"/> is a concurrency token bumped on every update,
/// so a stale form or a stale If-Match loses instead of overwriting silently.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
