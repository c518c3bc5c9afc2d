using System.IO.Compression;

namespace Vivier.Core.Files.Pdf;

/// <summary>
/// Reads a PDF's streams straight from its bytes, before any PDF library is let near the file, in
/// one forward pass: each "stream" keyword takes the dictionary of the object opened just before
/// it (never searching back), and every inflated byte is spent from one budget for the whole
/// document, one stream at a time. Cancellation is checked at every stream and every inflated
/// chunk, so a time-out stops the work. Handles the streams PDFs write in the open (the embedded
/// files and page contents of ordinary PDFs); nothing here renders anything.
/// </summary>
public static class PdfStreams
{
    /// <summary>A stream's dictionary lies between its object's header and the keyword: longer is not a dictionary.</summary>
    private const int MaxDictionaryBytes = 64 * 1024;

    private const int Chunk = 16 * 1024;

    /// <summary>
    /// The decoded content of each embedded file (<c>/Type /EmbeddedFile</c>), one at a time as the
    /// caller asks for it, all within one budget; throws <see cref="InflatedTooLargeException"/> past
    /// it. Each is decoded into the same buffer, so it is valid until the next one is asked for: a
    /// document holds at most its largest attachment in memory, however many it has.
    /// </summary>
    public static IEnumerable<ArraySegment<byte>> EmbeddedFiles(byte[] pdf, ByteBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(budget);
        using var output = new MemoryStream();
        foreach (var stream in Streams(pdf, cancellationToken))
        {
            if (stream.Dictionary.Contains("/EmbeddedFile", StringComparison.Ordinal))
            {
                output.SetLength(0);
                Decode(pdf, stream, budget, output, cancellationToken);
                yield return new ArraySegment<byte>(output.GetBuffer(), 0, (int)output.Length);
            }
        }
    }

    /// <summary>Inflates every stream and keeps nothing: the bytes they decode to, or <see cref="InflatedTooLargeException"/> past the budget.</summary>
    public static long CheckInflatedSize(byte[] pdf, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var budget = new ByteBudget(maxBytes);
        foreach (var stream in Streams(pdf, cancellationToken))
        {
            Decode(pdf, stream, budget, Stream.Null, cancellationToken);
        }
        return budget.Spent;
    }

    private static void Decode(byte[] pdf, PdfStream stream, ByteBudget budget, Stream output, CancellationToken cancellationToken)
    {
        using var raw = new MemoryStream(pdf, stream.Start, stream.Length, writable: false);
        // Images and other encodings are not inflated here; their bytes count as they are.
        var flate = stream.Dictionary.Contains("/FlateDecode", StringComparison.Ordinal);
        using var decoded = new BudgetedStream(flate ? new ZLibStream(raw, CompressionMode.Decompress, leaveOpen: true) : raw, budget, cancellationToken);
        var buffer = new byte[Chunk];
        try
        {
            int read;
            while ((read = decoded.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: what inflated so far is kept, as readers do.
        }
    }

    /// <summary>A stream's dictionary (as text) and where its raw data lies in the file.</summary>
    private readonly record struct PdfStream(string Dictionary, int Start, int Length);

    /// <summary>Each "N G obj &lt;&lt;…&gt;&gt; stream … endstream", in one pass from the start.</summary>
    private static IEnumerable<PdfStream> Streams(byte[] pdf, CancellationToken cancellationToken)
    {
        var position = 0;
        // Where the scan for "obj" has reached, and the end of the last header it found that no
        // stream has claimed yet: each byte is looked at once, each dictionary copied once.
        var objectScan = 0;
        var openObject = -1;
        ObjectIndex? objects = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var keyword = IndexOf(pdf, "stream"u8, position);
            if (keyword < 0)
            {
                yield break;
            }
            position = keyword + "stream"u8.Length;
            // "endstream" contains "stream": skip it; a real keyword is followed by an end of line.
            if (keyword >= 3 && pdf.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
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
            while (objectScan < keyword && pdf.AsSpan(objectScan, keyword - objectScan).IndexOf("obj"u8) is var found and >= 0)
            {
                openObject = objectScan + found + 3;
                objectScan = openObject;
            }
            objectScan = Math.Max(objectScan, keyword);
            if (openObject < 0 || keyword - openObject > MaxDictionaryBytes)
            {
                continue;
            }
            var dictionary = Encoding.Latin1.GetString(pdf, openObject, keyword - openObject);
            openObject = -1;
            var length = Length(dictionary, reference => (objects ??= new ObjectIndex(pdf, cancellationToken)).LengthAt(reference));
            if (length is null || length > pdf.Length - start)
            {
                var end = IndexOf(pdf, "endstream"u8, start);
                length = (end < 0 ? pdf.Length : end) - start;
            }
            yield return new PdfStream(dictionary, start, length.Value);
            position = start + length.Value;
        }
    }

    /// <summary>/Length as a number, or as a reference ("12 0 R") to an object holding the number.</summary>
    private static int? Length(string dictionary, Func<(int Number, int Generation), int?> resolve)
    {
        var at = dictionary.IndexOf("/Length", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var tokens = dictionary[(at + 7)..].Split([' ', '\r', '\n', '\t', '/', '>'], 4, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !int.TryParse(tokens[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        if (tokens.Length >= 3 && tokens[2].StartsWith('R') && int.TryParse(tokens[1], NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            return resolve((value, generation));
        }
        return value;
    }

    /// <summary>
    /// Where each "N G obj" starts, found in one pass the first time a stream names its length by
    /// reference; a file of many such streams is read once, not once per stream.
    /// </summary>
    private sealed class ObjectIndex
    {
        private readonly byte[] pdf;
        private readonly Dictionary<(int, int), int> bodies = [];

        public ObjectIndex(byte[] pdf, CancellationToken cancellationToken)
        {
            this.pdf = pdf;
            var position = 0;
            while (IndexOf(pdf, "obj"u8, position) is var keyword and >= 0)
            {
                if ((bodies.Count & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                position = keyword + 3;
                if (Header(keyword) is { } header)
                {
                    bodies.TryAdd(header, position);
                }
            }
        }

        /// <summary>The number right after the object's header, e.g. "12 0 obj 4096 endobj".</summary>
        public int? LengthAt((int, int) reference)
        {
            if (!bodies.TryGetValue(reference, out var body))
            {
                return null;
            }
            var text = Encoding.Latin1.GetString(pdf, body, Math.Min(32, pdf.Length - body)).Split([' ', '\r', '\n', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            return text.Length > 0 && int.TryParse(text[0], NumberStyles.None, CultureInfo.InvariantCulture, out var resolved) ? resolved : null;
        }

        /// <summary>"N G " just before "obj", read backwards over at most a few bytes.</summary>
        private (int, int)? Header(int keyword)
        {
            var i = keyword - 1;
            int Number()
            {
                while (i >= 0 && pdf[i] is (byte)' ' or (byte)'\r' or (byte)'\n')
                {
                    i--;
                }
                var end = i;
                while (i >= 0 && end - i < 10 && pdf[i] >= '0' && pdf[i] <= '9')
                {
                    i--;
                }
                return end > i && int.TryParse(Encoding.Latin1.GetString(pdf, i + 1, end - i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            }
            var generation = Number();
            var number = generation < 0 ? -1 : Number();
            return number < 0 ? null : (number, generation);
        }
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle, int from) =>
        from >= haystack.Length ? -1 : haystack.AsSpan(from).IndexOf(needle) is var i && i >= 0 ? from + i : -1;
}
