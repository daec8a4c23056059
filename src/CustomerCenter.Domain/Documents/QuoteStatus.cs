namespace CustomerCenter.Domain.Documents;

public enum QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Declined,
    Expired,
}
