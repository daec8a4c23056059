using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CustomerCenter.Bench.Generation;

/// <summary>One column the generator fills: its name in the table and how to read it from a row object.</summary>
internal sealed record Column<T>(string Name, Func<T, object?> Value);

/// <summary>A column checked against the app's EF model, with the store type and the model's value converter.</summary>
internal sealed record BoundColumn<T>(string Name, string StoreType, Func<T, object?> Value, ValueConverter? Converter)
{
    /// <summary>The value as the app would write it (enums as names, JSON-converted fields as text …).</summary>
    public object? ProviderValue(T row) => Value(row) is { } value ? Converter?.ConvertToProvider(value) ?? value : null;
}

/// <summary>
/// The columns the generator writes for one table. Binding checks them against the app's model, so a
/// new column in a migration stops the generator with a clear message instead of silently leaving it out.
/// </summary>
internal sealed class TableSpec<T>
{
    private TableSpec(string name, IReadOnlyList<BoundColumn<T>> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<BoundColumn<T>> Columns { get; }

    public static TableSpec<T> Bind(IModel model, string tableName, IReadOnlyList<Column<T>> columns)
    {
        var table = model.GetRelationalModel().Tables.SingleOrDefault(t => t.Name == tableName)
            ?? throw new InvalidOperationException($"The app's model has no table {tableName}.");
        var stored = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var filled = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var notFilled = stored.Except(filled).Order(StringComparer.Ordinal).ToList();
        var unknown = filled.Except(stored).Order(StringComparer.Ordinal).ToList();
        if (notFilled.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generator's columns for {tableName} no longer match the app's model. "
                + $"Not filled: [{string.Join(", ", notFilled)}]; unknown: [{string.Join(", ", unknown)}].");
        }

        var bound = columns.Select(c =>
        {
            var column = table.FindColumn(c.Name)!;
            var converter = column.PropertyMappings.FirstOrDefault()?.TypeMapping.Converter;
            return new BoundColumn<T>(c.Name, column.StoreType, c.Value, converter);
        }).ToList();
        return new TableSpec<T>(tableName, bound);
    }
}
