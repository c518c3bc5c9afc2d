using System.Globalization;
using System.IO.Compression;
using System.Text;
using Vivier.Core.Files.Pdf;

namespace Vivier.Testing;

/// <summary>
/// Files an attacker would upload: small on the wire, built to make a parser work hard (deep
/// nesting, keywords that send a scanner back to the start, archives and streams that inflate to
/// far more than they weigh). Each takes its size, so a test can compare a file with one ten times larger.
/// </summary>
public static class HostileFiles
{
    public const string EuropassNamespace = "http://www.europass.eu/1.0";

    /// <summary>A Europass Candidate document whose person is nested <paramref name="depth"/> elements deep.</summary>
    public static byte[] DeepXml(int depth)
    {
        var text = new StringBuilder($"<Candidate xmlns=\"{EuropassNamespace}\">", depth * 7 + 64);
        for (var i = 0; i < depth; i++)
        {
            text.Append("<a>");
        }
        for (var i = 0; i < depth; i++)
        {
            text.Append("</a>");
        }
        return Encoding.UTF8.GetBytes(text.Append("</Candidate>").ToString());
    }

    /// <summary>A flat, well-formed Europass Candidate document of about <paramref name="bytes"/> bytes (many shallow elements).</summary>
    public static byte[] WideXml(int bytes)
    {
        var text = new StringBuilder($"<Candidate xmlns=\"{EuropassNamespace}\"><CandidatePerson><PersonName><GivenName>Awa</GivenName><FamilyName>Diallo</FamilyName></PersonName></CandidatePerson>", bytes + 64);
        while (text.Length < bytes)
        {
            text.Append("<Note>texte</Note>");
        }
        return Encoding.UTF8.GetBytes(text.Append("</Candidate>").ToString());
    }

    /// <summary>
    /// A file that passes the PDF check (signature, startxref to a cross-reference table, end marker)
    /// and is otherwise one object header followed by the keyword "stream" over and over: each one
    /// sent the old scanner back to that header, and copied all that lay between as its dictionary.
    /// </summary>
    public static byte[] PdfOfStreamKeywords(int bytes)
    {
        using var output = new MemoryStream(bytes + 256);
        output.Write("%PDF-1.7\n1 0 obj\n<< >>\n"u8);
        while (output.Length < bytes)
        {
            output.Write("stream\n"u8);
        }
        var xref = output.Position;
        output.Write(Encoding.ASCII.GetBytes($"\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n{xref + 1}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>A PDF whose streams all point to their length through a reference to an object that does not exist.</summary>
    public static byte[] PdfOfIndirectLengths(int bytes)
    {
        using var output = new MemoryStream(bytes + 256);
        output.Write("%PDF-1.7\n"u8);
        var number = 1;
        while (output.Length < bytes)
        {
            output.Write(Encoding.ASCII.GetBytes($"{number++} 0 obj\n<< /Length 999999 0 R >>\nstream\nx\nendstream\nendobj\n"));
        }
        var xref = output.Position;
        output.Write(Encoding.ASCII.GetBytes($"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>A valid PDF carrying <paramref name="count"/> embedded files of <paramref name="inflatedBytes"/> zeros each, deflated.</summary>
    public static byte[] PdfOfEmbeddedFiles(int count, int inflatedBytes)
    {
        var pdf = new SimplePdf();
        var packed = Deflate(new byte[inflatedBytes]);
        var names = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var embedded = pdf.Add($"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length {packed.Length} >>", packed);
            var spec = pdf.Add($"<< /Type /Filespec /F (f{i}.xml) /EF << /F @{embedded} 0 R >> >>");
            names.Append(CultureInfo.InvariantCulture, $"(f{i}.xml) @{spec} 0 R ");
        }
        return pdf.Write(["Curriculum vitae"], $" /Names << /EmbeddedFiles << /Names [{names}] >> >>");
    }

    /// <summary>A PDF with one page and one content-less stream of <paramref name="inflatedBytes"/> zeros, deflated.</summary>
    public static byte[] PdfOfInflatedStream(int inflatedBytes) => TestPdf.Build(["Curriculum vitae"], bombBytes: inflatedBytes);

    /// <summary>
    /// An .xlsx whose only sheet holds <paramref name="rows"/> rows of <paramref name="columns"/>
    /// inline-string cells, written to the archive as it is deflated (so a test can build a sheet of
    /// hundreds of megabytes without holding it).
    /// </summary>
    public static byte[] Xlsx(int rows, int columns = 3, string cellText = "x", int extraEntries = 0, string? firstCellReference = null, int paddingBytes = 0)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using (var writer = new StreamWriter(sheet.Open(), new UTF8Encoding(false), 1 << 16))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
                if (paddingBytes > 0)
                {
                    // Bytes a reader must inflate and skip before the first row.
                    writer.Write($"<!--{new string(' ', paddingBytes)}-->");
                }
                writer.Write("<sheetData>");
                for (var r = 1; r <= rows; r++)
                {
                    writer.Write("<row>");
                    for (var c = 0; c < columns; c++)
                    {
                        var reference = r == 1 && c == 0 && firstCellReference is not null ? $" r=\"{firstCellReference}\"" : "";
                        writer.Write($"<c t=\"inlineStr\"{reference}><is><t>{cellText}</t></is></c>");
                    }
                    writer.Write("</row>");
                }
                writer.Write("</sheetData></worksheet>");
            }
            for (var i = 0; i < extraEntries; i++)
            {
                Entry(zip, $"xl/media/extra{i}.xml", "<x/>");
            }
        }
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }
        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
