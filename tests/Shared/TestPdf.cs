using System.IO.Compression;
using System.Text;
using Vivier.Core.Files.Pdf;

namespace Vivier.Testing;

/// <summary>
/// PDFs for tests, written with Vivier's own <see cref="SimplePdf"/>: pages of text, an embedded
/// file as the Europass editor attaches its XML, and the hostile kinds a CV upload must refuse or
/// survive (encrypted, a decompression bomb).
/// </summary>
public static class TestPdf
{
    public static byte[] Build(IReadOnlyList<string>? pages = null, (string Name, byte[] Content)? attachment = null, bool encrypted = false,
        long bombBytes = 0)
    {
        var pdf = new SimplePdf();
        var catalog = "";
        if (attachment is { } file)
        {
            var packed = Deflate(file.Content);
            var embedded = pdf.Add($"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length {packed.Length} /Params << /Size {file.Content.Length} >> >>", packed);
            var spec = pdf.Add($"<< /Type /Filespec /F ({file.Name}) /UF ({file.Name}) /Desc (Europass) /AFRelationship /Data /EF << /F @{embedded} 0 R >> >>");
            catalog = $" /Names << /EmbeddedFiles << /Names [({file.Name}) @{spec} 0 R] >> >> /AF [@{spec} 0 R]";
        }
        if (bombBytes > 0)
        {
            var packed = Deflate(new byte[bombBytes]);
            pdf.Add($"<< /Filter /FlateDecode /Length {packed.Length} >>", packed);
        }
        var trailer = "";
        if (encrypted)
        {
            var encrypt = pdf.Add("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>");
            trailer = $" /Encrypt @{encrypt} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]";
        }
        return pdf.Write(pages ?? ["Curriculum vitae"], catalog, trailer);
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
