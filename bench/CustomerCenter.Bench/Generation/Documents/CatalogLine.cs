namespace CustomerCenter.Bench.Generation.Documents;

/// <summary>What a generated document line sells: a description, a unit and a price in major units of EUR.</summary>
internal sealed record CatalogLine(string Description, string? Unit, decimal PriceEur, bool Fractional)
{
    public static readonly CatalogLine[] All =
    [
        new("Consulting", "h", 120m, true),
        new("Project management", "h", 95m, true),
        new("On-site installation", "h", 85m, true),
        new("Remote support", "h", 65m, true),
        new("Training session", "day", 950m, false),
        new("Software licence, annual", "pcs", 480m, false),
        new("Software subscription, monthly", "pcs", 39.9m, false),
        new("Cloud storage 1 TB, monthly", "pcs", 9.99m, false),
        new("Laptop 14\"", "pcs", 1249m, false),
        new("Monitor 27\"", "pcs", 329m, false),
        new("Docking station", "pcs", 189m, false),
        new("Keyboard and mouse set", "pcs", 59.5m, false),
        new("Network switch 24 ports", "pcs", 410m, false),
        new("Ethernet cable 5 m", "pcs", 7.45m, false),
        new("Printer paper A4, box", "box", 24.9m, false),
        new("Toner cartridge", "pcs", 89m, false),
        new("Office chair", "pcs", 279m, false),
        new("Standing desk", "pcs", 649m, false),
        new("Maintenance contract, quarterly", "pcs", 360m, false),
        new("Shipping and handling", null, 14.9m, false),
        new("Copper wire", "kg", 11.375m, true),
        new("Cleaning service", "h", 32.5m, true),
        new("Catering per person", "pcs", 18.5m, false),
        new("Translation", "page", 27m, false),
    ];
}
