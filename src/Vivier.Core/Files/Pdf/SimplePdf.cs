namespace Vivier.Core.Files.Pdf;

/// <summary>
/// Writes small, valid PDFs byte by byte (cross-reference offsets included): pages of plain text in
/// Helvetica with the WinAnsi encoding, so French accents print; and, for whoever needs them, extra
/// objects and catalogue or trailer entries (an embedded file, for instance). The demo's CVs and the
/// tests' PDFs are written with it; nothing here reads PDFs.
/// </summary>
public sealed class SimplePdf
{
    private readonly List<string> objects = [];
    private readonly Dictionary<int, byte[]> streams = [];

    /// <summary>Adds an object and answers its number; with <paramref name="stream"/>, a stream object with that raw data.</summary>
    public int Add(string dictionary, byte[]? stream = null)
    {
        objects.Add(dictionary);
        if (stream is not null)
        {
            streams[objects.Count] = stream;
        }
        return objects.Count;
    }

    /// <summary>A PDF of the given pages of text, one line per line.</summary>
    public static byte[] Text(IReadOnlyList<string> pages) => new SimplePdf().Write(pages);

    /// <summary>The document: its pages, then the extra objects already added; catalogue and trailer extras as PDF syntax.</summary>
    public byte[] Write(IReadOnlyList<string> pages, string catalogExtras = "", string trailerExtras = "")
    {
        ArgumentNullException.ThrowIfNull(pages);
        var extras = objects.ToList();
        var extraStreams = streams.ToDictionary(s => s.Key, s => s.Value);
        objects.Clear();
        streams.Clear();
        var catalog = Add("");
        var pagesNode = Add("");
        var font = Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var content = new StringBuilder("BT /F1 11 Tf 50 790 Td 15 TL\n");
            foreach (var line in page.Split('\n'))
            {
                content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
            }
            content.Append("ET");
            var bytes = Latin1(content.ToString());
            var stream = Add($"<< /Length {bytes.Length} >>", bytes);
            kids.Add(Add($"<< /Type /Page /Parent {pagesNode} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>"));
        }
        objects[pagesNode - 1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        // The extra objects keep the numbers they were given, after the pages: renumber references.
        var shift = objects.Count;
        foreach (var (body, index) in extras.Select((body, index) => (body, index)))
        {
            Add(Renumber(body, shift), extraStreams.GetValueOrDefault(index + 1));
        }
        objects[catalog - 1] = $"<< /Type /Catalog /Pages {pagesNode} 0 R{Renumber(catalogExtras, shift)} >>";

        using var output = new MemoryStream();
        void Write(string text) => output.Write(Latin1(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\n");
            if (streams.TryGetValue(i + 1, out var data))
            {
                Write("stream\n");
                output.Write(data);
                Write("\nendstream\n");
            }
            Write("endobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R{Renumber(trailerExtras, shift)} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>References written as "@n" (the n-th extra object) become real object numbers.</summary>
    private static string Renumber(string text, int shift) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"@(\d+)", m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + shift).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Escape(string line) =>
        line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    /// <summary>WinAnsi is Latin-1 for French text; characters beyond it print as "?".</summary>
    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
