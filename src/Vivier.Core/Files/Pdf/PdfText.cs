using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Vivier.Core.Files.Pdf;

/// <summary>Limits of one extraction: a file past any of them fails alone, with its reason.</summary>
public sealed record PdfTextLimits(int MaxPages = 30, long MaxInflatedBytes = 64 * 1024 * 1024, TimeSpan? MaxTime = null, int MaxCharacters = 200_000)
{
    public TimeSpan Time => MaxTime ?? TimeSpan.FromSeconds(10);
}

/// <summary>The text of a PDF, or why there is none (a message key).</summary>
public sealed record PdfTextResult(string? Text, string? Problem);

/// <summary>
/// Extracts a PDF's text within limits of its own: the streams' inflated size is checked first
/// (a decompression bomb stops there), then PdfPig reads at most so many pages. All of it runs on
/// the caller's own task under one deadline, checked inside every loop (streams, inflated chunks,
/// pages): when the time is up the work stops, and nothing is left running behind the answer.
/// Runs in the background, never on a request.
/// </summary>
public static class PdfText
{
    private static int running;

    /// <summary>Extractions under way in this process (none once every call has returned).</summary>
    public static int Running => Volatile.Read(ref running);

    public static Task<PdfTextResult> ExtractAsync(byte[] pdf, PdfTextLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();
        if (PdfCheck.Problem(pdf) is { } problem)
        {
            return Task.FromResult(new PdfTextResult(null, problem));
        }
        Interlocked.Increment(ref running);
        using var deadline = new Deadline(limits.Time, cancellationToken);
        try
        {
            return Task.FromResult(Extract(pdf, limits, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            return Task.FromResult(new PdfTextResult(null, "Cv.Problem.TooSlow"));
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private static PdfTextResult Extract(byte[] pdf, PdfTextLimits limits, CancellationToken deadline)
    {
        try
        {
            PdfStreams.CheckInflatedSize(pdf, limits.MaxInflatedBytes, deadline);
        }
        catch (InflatedTooLargeException)
        {
            return new PdfTextResult(null, "Cv.Problem.Bomb");
        }
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPages)
            {
                return new PdfTextResult(null, "Cv.Problem.TooManyPages");
            }
            var text = new StringBuilder();
            // PdfPig reads a page at a time and cannot be interrupted within one: pages are short
            // once their streams have passed the budget above, and the deadline is checked between them.
            foreach (var page in document.GetPages())
            {
                deadline.ThrowIfCancellationRequested();
                text.AppendLine(ContentOrderTextExtractor.GetText(page));
                if (text.Length > limits.MaxCharacters)
                {
                    text.Length = limits.MaxCharacters;
                    break;
                }
            }
            deadline.ThrowIfCancellationRequested();
            return new PdfTextResult(text.ToString().Trim(), null);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig throws many types for broken or encrypted files; all mean "cannot read it".
            return new PdfTextResult(null, exception.GetType().Name.Contains("Encrypt", StringComparison.Ordinal) ? "Cv.Problem.Encrypted" : "Cv.Problem.Damaged");
        }
    }
}
