namespace CustomerCenter.Web.Features.Pdf;

/// <summary>The body of a statement: every entry with a running balance, or the items still open.</summary>
internal static class StatementTables
{
    public static void DrawActivity(PageFlow flow, StatementPdf statement, PdfTexts texts, PdfFormatter format)
    {
        var table = new PdfTable(flow,
        [
            new(texts.Date, 68),
            new(texts.EntryType, 92),
            new(texts.DocumentReference, 0),
            new(texts.DueDate, 64),
            new(texts.Debit, 62, AlignRight: true),
            new(texts.Credit, 62, AlignRight: true),
            new(texts.Balance, 68, AlignRight: true),
        ]);
        table.AddRow([format.Date(statement.PeriodFrom), texts.OpeningBalance, "", "", "", "", format.Amount(statement.OpeningBalance)], emphasis: true);
        foreach (var line in statement.Lines)
        {
            table.AddRow(
            [
                format.Date(line.Date),
                texts.EntryKind(line.Kind),
                line.Reference,
                line.DueDate is { } due ? format.Date(due) : "",
                line.Debit == 0 ? "" : format.Amount(line.Debit),
                line.Credit == 0 ? "" : format.Amount(line.Credit),
                format.Amount(line.RunningBalance),
            ]);
        }

        table.AddRow([format.Date(statement.PeriodTo), texts.ClosingBalance, "", "", "", "", format.Amount(statement.ClosingBalance)], emphasis: true);
    }

    /// <summary>The open items as of the end date; they add up to the closing balance.</summary>
    public static void DrawOpenItems(PageFlow flow, StatementPdf statement, PdfTexts texts, PdfFormatter format)
    {
        var table = new PdfTable(flow,
        [
            new(texts.Date, 68),
            new(texts.EntryType, 92),
            new(texts.DocumentReference, 0),
            new(texts.DueDate, 64),
            new(texts.OriginalAmount, 66, AlignRight: true),
            new(texts.OpenAmount, 66, AlignRight: true),
            new(texts.DaysOverdue, 56, AlignRight: true),
        ]);
        foreach (var item in statement.OpenItems)
        {
            table.AddRow(
            [
                format.Date(item.Date),
                texts.EntryKind(item.Kind),
                item.Reference,
                item.DueDate is { } due ? format.Date(due) : "",
                format.Amount(item.OriginalAmount),
                format.Amount(item.OpenAmount),
                item.DaysOverdue > 0 ? format.Days(item.DaysOverdue) : "",
            ]);
        }

        var totalOpen = statement.OpenItems.Sum(item => item.OpenAmount);
        table.AddRow([format.Date(statement.PeriodTo), texts.TotalOpen, "", "", "", format.Amount(totalOpen), ""], emphasis: true);
    }
}
