using System.Globalization;
using System.Text;

namespace CustomerCenter.Web.Features.Export;

/// <summary>
/// RFC 4180 CSV in UTF-8. Text cells that a spreadsheet would run as a formula (starting with
/// = + - @ tab or CR) get a leading apostrophe; numbers are written as numbers and never altered.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    // A row is built in memory and written with one async call: response bodies refuse synchronous writes.
    private readonly StringBuilder _row = new();
    private bool _rowStarted;

    public void Text(string? value)
    {
        Separator();
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        if (text.IndexOfAny([',', '"', '\r', '\n']) >= 0)
        {
            text = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        _row.Append(text);
    }

    public void Number(decimal? value)
    {
        Separator();
        _row.Append(value?.ToString(CultureInfo.InvariantCulture));
    }

    public void Number(long? value)
    {
        Separator();
        _row.Append(value?.ToString(CultureInfo.InvariantCulture));
    }

    public void Date(DateOnly? value)
    {
        Separator();
        _row.Append(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public void Instant(DateTime? value)
    {
        Separator();
        _row.Append(value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    public void Bool(bool value)
    {
        Separator();
        _row.Append(value ? "true" : "false");
    }

    public async Task EndRowAsync()
    {
        _row.Append("\r\n");
        await writer.WriteAsync(_row.ToString());
        _row.Clear();
        _rowStarted = false;
    }

    public async Task HeaderAsync(params string[] names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        await EndRowAsync();
    }

    private void Separator()
    {
        if (_rowStarted)
        {
            _row.Append(',');
        }

        _rowStarted = true;
    }

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
