using System.IO.Compression;
using System.Text;

namespace Vivier.Testing;

/// <summary>
/// Writes small, valid PDFs for tests, byte by byte (cross-reference offsets included): pages of
/// text, an embedded file as the Europass editor attaches its XML, and the hostile kinds a CV
/// upload must refuse or survive (encrypted, a decompression bomb).
/// </summary>
public static class TestPdf
{
    public static byte[] Build(IReadOnlyList<string>? pages = null, (string Name, byte[] Content)? attachment = null, bool encrypted = false,
        long bombBytes = 0)
    {
        var objects = new List<string>();
        var binary = new Dictionary<int, byte[]>();
        int Add(string body)
        {
            objects.Add(body);
            return objects.Count;
        }
        var catalog = Add("");
        var pagesNode = Add("");
        var font = Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var kids = new List<int>();
        foreach (var text in pages ?? ["Curriculum vitae"])
        {
            var lines = text.Split('\n');
            var content = new StringBuilder("BT /F1 12 Tf 50 780 Td 14 TL\n");
            foreach (var line in lines)
            {
                content.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
            }
            content.Append("ET");
            var stream = Add($"<< /Length {Encoding.Latin1.GetByteCount(content.ToString())} >>\nstream\n{content}\nendstream");
            kids.Add(Add($"<< /Type /Page /Parent {pagesNode} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>"));
        }
        objects[pagesNode - 1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        var names = "";
        if (attachment is { } file)
        {
            var packed = Deflate(file.Content);
            var embedded = Add("");
            binary[embedded] = packed;
            objects[embedded - 1] = $"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length {packed.Length} /Params << /Size {file.Content.Length} >> >>";
            var spec = Add($"<< /Type /Filespec /F ({file.Name}) /UF ({file.Name}) /Desc (Europass) /AFRelationship /Data /EF << /F {embedded} 0 R >> >>");
            names = $" /Names << /EmbeddedFiles << /Names [({file.Name}) {spec} 0 R] >> >> /AF [{spec} 0 R]";
        }
        if (bombBytes > 0)
        {
            var packed = Deflate(new byte[bombBytes]);
            var bomb = Add("");
            binary[bomb] = packed;
            objects[bomb - 1] = $"<< /Filter /FlateDecode /Length {packed.Length} >>";
        }
        objects[catalog - 1] = $"<< /Type /Catalog /Pages {pagesNode} 0 R{names} >>";
        var encrypt = encrypted ? Add("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>") : 0;

        using var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            if (binary.TryGetValue(i + 1, out var data))
            {
                Write($"{i + 1} 0 obj\n{objects[i]}\nstream\n");
                output.Write(data);
                Write("\nendstream\nendobj\n");
            }
            else
            {
                Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
            }
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        var encryption = encrypted ? $" /Encrypt {encrypt} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]" : "";
        Write($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] content)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }
        return output.ToArray();
    }
}
