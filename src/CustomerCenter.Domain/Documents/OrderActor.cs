namespace CustomerCenter.Domain.Documents;

/// <summary>Who asks for a change: staff in the workspace or the customer's own people in the portal.</summary>
public enum OrderActor
{
    Staff,
    Customer,
}
