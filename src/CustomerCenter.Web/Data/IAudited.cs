namespace CustomerCenter.Web.Data;

/// <summary>An entity whose every change writes an <see cref="Features.Audit.AuditEntry"/>.</summary>
public interface IAudited
{
    long Id { get; }

    /// <summary>The customer the change belongs to, so a customer's history can show it; null for global data.</summary>
    long? AuditCustomerId { get; }
}
