namespace CustomerCenter.Web.Features.Activity;

/// <summary>Where a file's bytes live: the database (default; every instance sees it) or the data folder.</summary>
public enum FileStorage
{
    Database,
    Folder,
}
