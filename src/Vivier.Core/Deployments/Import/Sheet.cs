using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vivier.Core.Deployments.Import;

/// <summary>A spreadsheet's first sheet as text: its header row and its data rows (rows numbered as the person sees them, header = 1).</summary>
public sealed record Sheet(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>Why a file could not be read at all (a message key).</summary>
public sealed class SheetException(string messageKey) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
}

/// <summary>
/// Reads a roster spreadsheet: CSV (comma or semicolon, found from the header line; RFC 4180
/// quoting; UTF-8 with or without BOM) or .xlsx (its first worksheet). Bounded in rows.
/// </summary>
public static class SheetReader
{
    public const int MaxRows = 10_000;

    public static Sheet Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var rows = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(content)
            : fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ReadCsv(content)
            : throw new SheetException("Import.Problem.Format");
        var kept = rows.Where(r => r.Any(cell => cell.Length > 0)).ToList();
        if (kept.Count < 2)
        {
            throw new SheetException("Import.Problem.Empty");
        }
        if (kept.Count - 1 > MaxRows)
        {
            throw new SheetException("Import.Problem.TooManyRows");
        }
        var headers = kept[0].Select(h => h.Trim()).ToList();
        return new Sheet(headers, kept.Skip(1).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, headers.Count).Select(i => i < r.Count ? r[i].Trim() : "")]).ToList());
    }

    private static List<List<string>> ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new SheetException("Import.Problem.Encoding");
        }
        var firstLine = text.Split('\n', 2)[0];
        var separator = Outside(firstLine).Count(c => c == ';') > Outside(firstLine).Count(c => c == ',') ? ';' : ',';
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"' && cell.Length == 0) { quoted = true; }
            else if (c == separator) { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = [];
            }
            else { cell.Append(c); }
        }
        if (quoted)
        {
            throw new SheetException("Import.Problem.Quotes");
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;

        static IEnumerable<char> Outside(string line)
        {
            var inside = false;
            foreach (var c in line)
            {
                if (c == '"') { inside = !inside; } else if (!inside) { yield return c; }
            }
        }
    }

    private static List<List<string>> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new SheetException("Import.Problem.Format");
            var first = workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault() ?? throw new SheetException("Import.Problem.Empty");
            var worksheet = (WorksheetPart)workbook.GetPartById(first.Id!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<List<string>>();
            foreach (var row in worksheet.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value);
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }
                    var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                    if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index < strings.Count)
                    {
                        value = strings[index];
                    }
                    cells.Add(value);
                }
                if (rows.Count > MaxRows + 1)
                {
                    throw new SheetException("Import.Problem.TooManyRows");
                }
                rows.Add(cells);
            }
            return rows;
        }
        catch (Exception e) when (e is not SheetException and (DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException))
        {
            throw new SheetException("Import.Problem.Format");
        }
    }

    /// <summary>"C7" → 2 (0-based); a cell without a reference follows the previous one.</summary>
    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var c in reference ?? "")
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }
}
