using CustomerCenter.Web.Data;

namespace CustomerCenter.Web.Features.Activity;

/// <summary>A document attached to a customer. The bytes are in <see cref="CustomerFileContent"/> or the data folder.</summary>
public sealed class CustomerFile : IAudited
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The type found in the file's first bytes, never the one the uploader claimed.</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, hex: shows a later copy is the same file.</summary>
    public required string Sha256 { get; set; }

    public FileStorage Storage { get; set; }

    /// <summary>Folder storage: the file's name under the data folder's files/ directory.</summary>
    public string? StoredName { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Database storage only; loaded for a download, never for a list.</summary>
    public CustomerFileContent? Content { get; set; }

    long? IAudited.AuditCustomerId => CustomerId;
}
