namespace Vivier.Core.Deployments.Import;

/// <summary>A spreadsheet's first sheet as text: its header row and its data rows (rows numbered as the person sees them, header = 1).</summary>
public sealed record Sheet(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>Why a file could not be read at all: a message key and its arguments (a limit, say).</summary>
public sealed class SheetException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public IReadOnlyList<object> Arguments { get; } = arguments;
}

/// <summary>The limits a roster file is read within, by its format.</summary>
public sealed record SheetLimits(CsvLimits Csv, XlsxLimits Xlsx)
{
    public static SheetLimits Default { get; } = new(new CsvLimits(), new XlsxLimits());

    /// <summary>The largest file taken, whatever its format.</summary>
    public long MaxBytes => Math.Max(Csv.MaxBytes, Xlsx.MaxBytes);
}

/// <summary>
/// Reads a roster spreadsheet: CSV (comma or semicolon, found from the header line; RFC 4180
/// quoting; UTF-8 with or without BOM) or .xlsx (its first worksheet), within its format's limits
/// (bytes, rows, columns, cell length, and for .xlsx entries and inflated bytes) and its time.
/// </summary>
public static class SheetReader
{
    public static Sheet Read(byte[] content, string fileName, SheetLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        limits ??= SheetLimits.Default;
        var xlsx = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            throw new SheetException("Import.Problem.Format");
        }
        var (maxBytes, maxTime) = xlsx ? (limits.Xlsx.MaxBytes, limits.Xlsx.MaxTime) : (limits.Csv.MaxBytes, limits.Csv.MaxTime);
        if (content.Length > maxBytes)
        {
            throw new SheetException("Import.Problem.TooLarge", InputLimits.Megabytes(maxBytes));
        }
        using var deadline = new Deadline(maxTime, cancellationToken);
        try
        {
            var rows = xlsx ? XlsxSheet.Rows(content, limits.Xlsx, deadline.Token) : CsvSheet.Rows(content, limits.Csv, deadline.Token);
            if (rows.Count < 2)
            {
                throw new SheetException("Import.Problem.Empty");
            }
            var headers = rows[0].Select(h => h.Trim()).ToList();
            return new Sheet(headers, rows.Skip(1).Select(r => (IReadOnlyList<string>)[.. Enumerable.Range(0, headers.Count).Select(i => i < r.Count ? r[i].Trim() : "")]).ToList());
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            throw new SheetException("Import.Problem.TooSlow");
        }
    }

    /// <summary>Rows are kept when a cell holds something; past the header, at most <paramref name="maxRows"/> of them.</summary>
    internal static void Keep(List<List<string>> rows, List<string> row, int maxRows)
    {
        if (!row.Exists(cell => cell.Length > 0))
        {
            return;
        }
        if (rows.Count > maxRows)
        {
            throw new SheetException("Import.Problem.TooManyRows", maxRows);
        }
        rows.Add(row);
    }
}
