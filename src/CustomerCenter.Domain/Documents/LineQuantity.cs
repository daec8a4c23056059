namespace CustomerCenter.Domain.Documents;

/// <summary>A quantity for one order line, as in a delivery request <c>{ "lineId", "quantity" }</c>.</summary>
public sealed record LineQuantity<TLineId>(TLineId LineId, decimal Quantity)
    where TLineId : notnull;
