namespace CustomerCenter.Web.Features.Pdf;

/// <summary>An address under a small heading ("Bill to"); the first line, the name, prints bold.</summary>
internal sealed record AddressColumn(string Heading, IReadOnlyList<string> Lines);
