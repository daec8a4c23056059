using System.Text;

namespace CustomerCenter.Web.Tests.Reports;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.</summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.True(fields.Count == 0 && field.Length == 0, "The last record must end with CRLF.");
        return records;
    }
}
