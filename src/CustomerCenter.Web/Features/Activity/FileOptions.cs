namespace CustomerCenter.Web.Features.Activity;

/// <summary>Files__Storage: Database (default; several instances share it) or Folder (the data folder's files/).</summary>
public sealed class FileOptions
{
    public FileStorage Storage { get; set; } = FileStorage.Database;
}
