namespace CustomerCenter.Web.Features.Pdf;

/// <summary>Bucket labels in the document's language, built like the domain's: Current, 1–30, 31–60, 61–90, Over 90.</summary>
internal static class AgingLabels
{
    public static List<string> For(IReadOnlyList<int> dayLimits, PdfTexts texts)
    {
        List<string> labels = [texts.AgingCurrent];
        var from = 1;
        foreach (var limit in dayLimits)
        {
            labels.Add(from == limit ? Days(limit, texts) : $"{Days(from, texts)}–{Days(limit, texts)}");
            from = limit + 1;
        }

        if (dayLimits.Count > 0)
        {
            labels.Add(string.Format(texts.Culture, texts.AgingOver, Days(dayLimits[^1], texts)));
        }

        return labels;
    }

    private static string Days(int days, PdfTexts texts) => days.ToString(texts.Culture);
}
