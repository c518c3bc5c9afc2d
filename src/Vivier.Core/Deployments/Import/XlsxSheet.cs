using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace Vivier.Core.Deployments.Import;

/// <summary>
/// The first worksheet of an .xlsx workbook, read as it streams out of the archive: the package's
/// relationships lead to the workbook, its first sheet and its shared strings, each part read with
/// a forward-only XML reader through one inflate budget for the whole file. Nothing is held but the
/// shared strings and the rows kept, so a few kilobytes that inflate to gigabytes stop at the budget.
/// </summary>
internal static class XlsxSheet
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Elements inside elements in any part: a worksheet needs five.</summary>
    private const int MaxDepth = 32;

    /// <summary>Columns are letters: three reach XFD, Excel's last.</summary>
    private const int MaxColumnLetters = 3;

    public static List<List<string>> Rows(byte[] content, XlsxLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new SheetException("Import.Problem.Entries", limits.MaxEntries);
            }
            var part = new Parts(zip, new ByteBudget(limits.MaxInflatedBytes), cancellationToken);
            var workbook = Target("", part.Relations("_rels/.rels"), "/officeDocument") ?? throw new SheetException("Import.Problem.Format");
            var folder = workbook.Contains('/', StringComparison.Ordinal) ? workbook[..(workbook.LastIndexOf('/') + 1)] : "";
            var sheetId = FirstSheetId(part.Read(workbook)) ?? throw new SheetException("Import.Problem.Empty");
            var workbookRelations = part.Relations($"{folder}_rels/{workbook[folder.Length..]}.rels");
            var sheet = workbookRelations.FirstOrDefault(r => r.Id == sheetId) is { } found ? Resolve(folder, found.Target) : throw new SheetException("Import.Problem.Format");
            var strings = Target(folder, workbookRelations, "/sharedStrings") is { } shared ? SharedStrings(part.Read(shared), limits, cancellationToken) : [];
            return SheetRows(part.Read(sheet), strings, limits, cancellationToken);
        }
        catch (InflatedTooLargeException)
        {
            throw new SheetException("Import.Problem.Inflated", InputLimits.Megabytes(limits.MaxInflatedBytes));
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new SheetException("Import.Problem.Format");
        }
    }

    private sealed record Relation(string Id, string Type, string Target);

    /// <summary>The archive's parts, each opened through the file's one budget.</summary>
    private sealed class Parts(ZipArchive zip, ByteBudget budget, CancellationToken cancellationToken)
    {
        public XmlReader Read(string path)
        {
            var entry = zip.GetEntry(path.TrimStart('/')) ?? throw new SheetException("Import.Problem.Format");
            return XmlReader.Create(new BudgetedStream(entry.Open(), budget, cancellationToken), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = false,
                CloseInput = true,
            });
        }

        public List<Relation> Relations(string path)
        {
            var relations = new List<Relation>();
            if (zip.GetEntry(path) is null)
            {
                return relations;
            }
            using var reader = Read(path);
            while (Next(reader))
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship", NamespaceURI: Relationships })
                {
                    relations.Add(new Relation(reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", reader.GetAttribute("Target") ?? ""));
                }
            }
            return relations;
        }
    }

    /// <summary>Reads the next node, refusing nesting no spreadsheet part has.</summary>
    private static bool Next(XmlReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }
        return reader.Depth <= MaxDepth ? true : throw new SheetException("Import.Problem.Format");
    }

    private static string? Target(string folder, List<Relation> relations, string typeEnding) =>
        relations.FirstOrDefault(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)) is { } relation ? Resolve(folder, relation.Target) : null;

    /// <summary>A relationship's target: absolute from the package root, or relative to the part's folder ("../" allowed).</summary>
    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }
        var parts = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var piece in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (piece != ".")
            {
                parts.Add(piece);
            }
        }
        return string.Join('/', parts);
    }

    private static string? FirstSheetId(XmlReader reader)
    {
        using (reader)
        {
            while (Next(reader))
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" })
                {
                    return reader.GetAttribute("id", DocumentRelationships);
                }
            }
        }
        return null;
    }

    /// <summary>Each shared string: its text runs joined, phonetic readings left out.</summary>
    private static List<string> SharedStrings(XmlReader reader, XlsxLimits limits, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        using (reader)
        {
            var text = new StringBuilder();
            var (phonetic, inText) = (false, false);
            while (Next(reader))
            {
                switch (reader)
                {
                    case { NodeType: XmlNodeType.Element, LocalName: "si" }:
                        text.Clear();
                        cancellationToken.ThrowIfCancellationRequested();
                        break;
                    case { NodeType: XmlNodeType.Element, LocalName: "rPh", IsEmptyElement: false }:
                        phonetic = true;
                        break;
                    case { NodeType: XmlNodeType.EndElement, LocalName: "rPh" }:
                        phonetic = false;
                        break;
                    case { NodeType: XmlNodeType.Element, LocalName: "t", IsEmptyElement: false }:
                        inText = true;
                        break;
                    case { NodeType: XmlNodeType.EndElement, LocalName: "t" }:
                        inText = false;
                        break;
                    case { NodeType: XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA } when inText && !phonetic:
                        AppendText(text, reader, limits);
                        break;
                    case { NodeType: XmlNodeType.EndElement, LocalName: "si" }:
                        strings.Add(text.ToString());
                        break;
                }
            }
        }
        return strings;
    }

    private static List<List<string>> SheetRows(XmlReader reader, List<string> strings, XlsxLimits limits, CancellationToken cancellationToken)
    {
        var rows = new List<List<string>>();
        using (reader)
        {
            List<string>? row = null;
            var value = new StringBuilder();
            string? type = null;
            var inValue = false;
            while (Next(reader))
            {
                switch (reader)
                {
                    case { NodeType: XmlNodeType.Element, LocalName: "row" }:
                        row = [];
                        cancellationToken.ThrowIfCancellationRequested();
                        if (reader.IsEmptyElement)
                        {
                            row = null;
                        }
                        break;
                    case { NodeType: XmlNodeType.EndElement, LocalName: "row" } when row is not null:
                        SheetReader.Keep(rows, row, limits.MaxRows);
                        row = null;
                        break;
                    case { NodeType: XmlNodeType.Element, LocalName: "c" } when row is not null:
                        var column = Column(reader.GetAttribute("r"), row.Count, limits.MaxColumns);
                        while (row.Count < column)
                        {
                            row.Add("");
                        }
                        type = reader.GetAttribute("t");
                        value.Clear();
                        if (reader.IsEmptyElement)
                        {
                            row.Add("");
                        }
                        break;
                    case { NodeType: XmlNodeType.EndElement, LocalName: "c" } when row is not null:
                        row.Add(CellText(value.ToString(), type, strings));
                        break;
                    case { NodeType: XmlNodeType.Element, LocalName: "v" or "t", IsEmptyElement: false }:
                        inValue = true;
                        break;
                    case { NodeType: XmlNodeType.EndElement, LocalName: "v" or "t" }:
                        inValue = false;
                        break;
                    case { NodeType: XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA } when inValue:
                        AppendText(value, reader, limits);
                        break;
                }
            }
        }
        return rows;
    }

    private static string CellText(string value, string? type, List<string> strings) =>
        type == "s" && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < strings.Count
            ? strings[index]
            : value;

    /// <summary>
    /// The text node read in chunks and refused as soon as its cell passes the limit: a text node of
    /// 30 MB is never held whole, as <see cref="XmlReader.Value"/> would.
    /// </summary>
    private static void AppendText(StringBuilder text, XmlReader reader, XlsxLimits limits)
    {
        var chunk = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                if (text.Length + read > limits.MaxCellCharacters)
                {
                    throw new SheetException("Import.Problem.CellTooLong", limits.MaxCellCharacters);
                }
                text.Append(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
    }

    /// <summary>"C7" → 2 (0-based); a cell without a reference follows the previous one. Past the limit, refused.</summary>
    private static int Column(string? reference, int next, int maxColumns)
    {
        var column = string.IsNullOrEmpty(reference) ? next : Letters(reference, maxColumns);
        return column < maxColumns ? column : throw new SheetException("Import.Problem.TooManyColumns", maxColumns);
    }

    private static int Letters(string reference, int maxColumns)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            if (++letters > MaxColumnLetters)
            {
                throw new SheetException("Import.Problem.TooManyColumns", maxColumns);
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }
}
