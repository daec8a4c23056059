namespace CustomerCenter.Domain.Documents;

public enum CreditNoteStatus
{
    Draft,
    Posted,
}
