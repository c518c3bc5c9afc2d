namespace Vivier.Core.Deployments.Import;

/// <summary>A CSV file's rows, read in one pass: RFC 4180 quoting, comma or semicolon as the header line says.</summary>
public static class CsvSheet
{
    public static List<List<string>> Rows(byte[] content, CsvLimits limits, CancellationToken cancellationToken)
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
        var separator = Separator(text);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        void EndCell()
        {
            if (row.Count >= limits.MaxColumns)
            {
                throw new SheetException("Import.Problem.TooManyColumns", limits.MaxColumns);
            }
            row.Add(cell.ToString());
            cell.Clear();
        }
        void EndRow()
        {
            EndCell();
            SheetReader.Keep(rows, row, limits.MaxRows);
            row = [];
            cancellationToken.ThrowIfCancellationRequested();
        }
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
            else if (c == separator) { EndCell(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                EndRow();
            }
            else { cell.Append(c); }
            if (cell.Length > limits.MaxCellCharacters)
            {
                // An unclosed quote swallows the rest of the file into one cell: say so rather than "too long".
                throw quoted && text.IndexOf('"', i + 1) < 0
                    ? new SheetException("Import.Problem.Quotes")
                    : new SheetException("Import.Problem.CellTooLong", limits.MaxCellCharacters);
            }
        }
        if (quoted)
        {
            throw new SheetException("Import.Problem.Quotes");
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            EndRow();
        }
        return rows;
    }

    /// <summary>Semicolon when the header line (outside quotes) holds more of them than commas.</summary>
    private static char Separator(string text)
    {
        var (semicolons, commas, inside) = (0, 0, false);
        foreach (var c in text)
        {
            if (c == '"') { inside = !inside; }
            else if (!inside && c is '\n' or '\r') { break; }
            else if (!inside && c == ';') { semicolons++; }
            else if (!inside && c == ',') { commas++; }
        }
        return semicolons > commas ? ';' : ',';
    }
}
