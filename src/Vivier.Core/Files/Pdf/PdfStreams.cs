using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Vivier.Core.Files.Pdf;

/// <summary>A PDF whose streams inflate past the limit set for them: a decompression bomb, or simply too much.</summary>
public sealed class PdfTooLargeException(long limit) : Exception($"The PDF's streams inflate past {limit} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// Reads a PDF's streams straight from its bytes, inflating each within a byte budget, before any
/// PDF library is let near the file: a few kilobytes that inflate to gigabytes are stopped at the
/// budget. Handles the streams PDFs write in the open (the embedded files and page contents of
/// ordinary PDFs); nothing here renders anything.
/// </summary>
public static class PdfStreams
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <summary>The decoded content of every embedded file (<c>/Type /EmbeddedFile</c>), each within <paramref name="maxBytes"/>.</summary>
    public static List<byte[]> EmbeddedFiles(byte[] pdf, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var files = new List<byte[]>();
        foreach (var (dictionary, data) in Streams(pdf))
        {
            if (dictionary.Contains("/EmbeddedFile", StringComparison.Ordinal))
            {
                var budget = maxBytes;
                files.Add(Decode(dictionary, data, ref budget));
            }
        }
        return files;
    }

    /// <summary>Inflates every compressed stream, throwing <see cref="PdfTooLargeException"/> past <paramref name="maxBytes"/> in all.</summary>
    public static long CheckInflatedSize(byte[] pdf, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var budget = maxBytes;
        foreach (var (dictionary, data) in Streams(pdf))
        {
            Decode(dictionary, data, ref budget);
        }
        return maxBytes - budget;
    }

    private static byte[] Decode(string dictionary, ReadOnlyMemory<byte> data, ref long budget)
    {
        if (!dictionary.Contains("/Filter", StringComparison.Ordinal))
        {
            return Spend(data.ToArray(), ref budget);
        }
        if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
        {
            // Images and other encodings are not inflated here; their bytes count as they are.
            return Spend(data.ToArray(), ref budget);
        }
        using var input = new MemoryStream(data.ToArray(), writable: false);
        using var inflater = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                budget -= read;
                if (budget < 0)
                {
                    throw new PdfTooLargeException(output.Length + read);
                }
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: what inflated so far is kept, as readers do.
        }
        return output.ToArray();
    }

    private static byte[] Spend(byte[] bytes, ref long budget)
    {
        budget -= bytes.Length;
        return budget < 0 ? throw new PdfTooLargeException(bytes.Length) : bytes;
    }

    /// <summary>Each "N G obj &lt;&lt;…&gt;&gt; stream … endstream": the dictionary's text and the raw data.</summary>
    private static IEnumerable<(string Dictionary, ReadOnlyMemory<byte> Data)> Streams(byte[] pdf)
    {
        var position = 0;
        while (true)
        {
            var keyword = IndexOf(pdf, StreamKeyword, position);
            if (keyword < 0)
            {
                yield break;
            }
            position = keyword + StreamKeyword.Length;
            // "endstream" contains "stream": skip it; a real keyword is followed by an end of line.
            if (keyword >= 3 && pdf[keyword - 3] == 'e' && pdf[keyword - 2] == 'n' && pdf[keyword - 1] == 'd')
            {
                continue;
            }
            var start = position;
            if (start < pdf.Length && pdf[start] == '\r')
            {
                start++;
            }
            if (start >= pdf.Length || pdf[start] != '\n')
            {
                continue;
            }
            start++;
            var dictionaryStart = LastIndexOf(pdf, "obj"u8, keyword);
            if (dictionaryStart < 0)
            {
                continue;
            }
            var dictionary = Encoding.Latin1.GetString(pdf, dictionaryStart, keyword - dictionaryStart);
            var length = Length(pdf, dictionary);
            if (length is null || start + length > pdf.Length)
            {
                var end = IndexOf(pdf, EndStreamKeyword, start);
                length = (end < 0 ? pdf.Length : end) - start;
            }
            yield return (dictionary, new ReadOnlyMemory<byte>(pdf, start, length.Value));
            position = start + length.Value;
        }
    }

    /// <summary>/Length as a number, or as a reference to an object holding the number.</summary>
    private static int? Length(byte[] pdf, string dictionary)
    {
        var at = dictionary.IndexOf("/Length", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var tokens = dictionary[(at + 7)..].Split([' ', '\r', '\n', '\t', '/', '>'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !int.TryParse(tokens[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        if (tokens.Length >= 3 && tokens[2] == "R")
        {
            var target = IndexOf(pdf, Encoding.Latin1.GetBytes($"{value} {tokens[1]} obj"), 0);
            if (target < 0)
            {
                return null;
            }
            var text = Encoding.Latin1.GetString(pdf, target, Math.Min(64, pdf.Length - target)).Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return text.Length > 3 && int.TryParse(text[3], NumberStyles.None, CultureInfo.InvariantCulture, out var resolved) ? resolved : null;
        }
        return value;
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle, int from) =>
        from >= haystack.Length ? -1 : haystack.AsSpan(from).IndexOf(needle) is var i && i >= 0 ? from + i : -1;

    private static int LastIndexOf(byte[] haystack, ReadOnlySpan<byte> needle, int before) =>
        haystack.AsSpan(0, before).LastIndexOf(needle) is var i && i >= 0 ? i + needle.Length : -1;
}
