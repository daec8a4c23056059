namespace CustomerCenter.Web.Features.Activity;

public sealed record CustomerFileDto(long Id, long CustomerId, string FileName, string ContentType, long SizeBytes, string Sha256, string UploadedBy, DateTime CreatedAt)
{
    public static CustomerFileDto From(CustomerFile f) => new(
        f.Id, f.CustomerId, f.FileName, f.ContentType, f.SizeBytes, f.Sha256, f.UploadedBy, DateTime.SpecifyKind(f.CreatedAt, DateTimeKind.Utc));

    /// <summary>"12 KB", "3.4 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0):0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB".Replace(',', '.'),
    };
}
