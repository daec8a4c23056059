namespace CustomerCenter.Web.Data;

/// <summary>Soft delete: trashed rows leave lists but keep their history and can be restored.</summary>
public interface ITrashable
{
    DateTime? TrashedAt { get; set; }
}
