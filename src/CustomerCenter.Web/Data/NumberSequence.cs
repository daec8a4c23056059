namespace CustomerCenter.Web.Data;

/// <summary>A per-type counter for human document numbers (C-00001, INV-2026-0001).</summary>
public sealed class NumberSequence
{
    public required string Key { get; set; }

    public required string Format { get; set; }

    public long NextValue { get; set; } = 1;
}
