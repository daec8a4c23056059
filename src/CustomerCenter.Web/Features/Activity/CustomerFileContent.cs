namespace CustomerCenter.Web.Features.Activity;

/// <summary>The bytes of a database-stored file, apart from its row so lists never load them.</summary>
public sealed class CustomerFileContent
{
    public long FileId { get; set; }

    public required byte[] Content { get; set; }
}
