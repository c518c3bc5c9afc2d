namespace Vivier.Core.Inputs;

public static class InputLimits
{
    /// <summary>A byte limit as messages state it ("{0:0.#} Mo"), formatted in the reader's culture by the localizer.</summary>
    public static double Megabytes(long bytes) => bytes / (1024d * 1024);
}

/// <summary>
/// The limits every parser of outside input works within, one record per parser, each bound from
/// configuration under Limits:&lt;Parser&gt; (Limits:Pdf:MaxBytes, …). The defaults suit the
/// programme's real files with room to spare: a CV of a few pages, a Europass export, a roster of
/// a few thousand lines. docs/SECURITY.md lists them with the tests that prove each one.
/// </summary>
public sealed record PdfLimits
{
    /// <summary>An uploaded PDF (a CV, a Europass PDF).</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>What the streams read on a request (a Europass PDF's attachments) may inflate to, all together.</summary>
    public long MaxInflatedBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Time to find and inflate those streams.</summary>
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>An XML document read from outside (a Europass CV).</summary>
public sealed record XmlLimits
{
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Elements inside elements: Europass needs about a dozen.</summary>
    public int MaxDepth { get; init; } = 64;

    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>A JSON document read from outside: an imported file (legacy Europass) and the API's request bodies.</summary>
public sealed record JsonLimits
{
    /// <summary>An imported JSON file.</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Objects and arrays inside each other, in a file or a request body.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>A JSON request body of the API.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>A CSV file (a roster).</summary>
public sealed record CsvLimits
{
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
    public int MaxRows { get; init; } = 10_000;
    public int MaxColumns { get; init; } = 100;
    public int MaxCellCharacters { get; init; } = 10_000;
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>An .xlsx workbook (a roster): a zip archive of XML parts.</summary>
public sealed record XlsxLimits
{
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Files inside the archive: a one-sheet workbook has about ten.</summary>
    public int MaxEntries { get; init; } = 100;

    /// <summary>What the parts read (workbook, relationships, shared strings, the sheet) inflate to, all together.</summary>
    public long MaxInflatedBytes { get; init; } = 32 * 1024 * 1024;

    public int MaxRows { get; init; } = 10_000;
    public int MaxColumns { get; init; } = 100;
    public int MaxCellCharacters { get; init; } = 10_000;
    public TimeSpan MaxTime { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>A multipart form (uploads), read before any file in it is looked at.</summary>
public sealed record MultipartLimits
{
    /// <summary>The whole body: the largest file accepted (5 MB) and the form around it.</summary>
    public long MaxBytes { get; init; } = 6 * 1024 * 1024;

    /// <summary>Fields and files in one form (the profile page posts a few hundred).</summary>
    public int MaxParts { get; init; } = 1024;

    /// <summary>The headers of one part.</summary>
    public int MaxHeaderBytes { get; init; } = 16 * 1024;
}
