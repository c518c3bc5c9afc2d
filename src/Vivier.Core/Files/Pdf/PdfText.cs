using System.Diagnostics;
using System.Text;
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
/// (a decompression bomb stops there), then PdfPig reads at most so many pages within a time
/// budget. Runs in the background, never on a request.
/// </summary>
public static class PdfText
{
    public static async Task<PdfTextResult> ExtractAsync(byte[] pdf, PdfTextLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        if (PdfCheck.Problem(pdf) is { } problem)
        {
            return new PdfTextResult(null, problem);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Time);
        // PdfPig cannot be interrupted mid-page, so it runs on its own task and is abandoned (with
        // its pages checked against the clock) once the budget is spent.
        var work = Task.Run(() => Extract(pdf, limits, deadline.Token), CancellationToken.None);
        var finished = await Task.WhenAny(work, Task.Delay(limits.Time + TimeSpan.FromSeconds(1), cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return finished == work ? await work : new PdfTextResult(null, "Cv.Problem.TooSlow");
    }

    private static PdfTextResult Extract(byte[] pdf, PdfTextLimits limits, CancellationToken deadline)
    {
        try
        {
            PdfStreams.CheckInflatedSize(pdf, limits.MaxInflatedBytes);
        }
        catch (PdfTooLargeException)
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
            var clock = Stopwatch.StartNew();
            foreach (var page in document.GetPages())
            {
                if (deadline.IsCancellationRequested || clock.Elapsed > limits.Time)
                {
                    return new PdfTextResult(null, "Cv.Problem.TooSlow");
                }
                text.AppendLine(ContentOrderTextExtractor.GetText(page));
                if (text.Length > limits.MaxCharacters)
                {
                    text.Length = limits.MaxCharacters;
                    break;
                }
            }
            return new PdfTextResult(text.ToString().Trim(), null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig throws many types for broken or encrypted files; all mean "cannot read it".
            return new PdfTextResult(null, exception.GetType().Name.Contains("Encrypt", StringComparison.Ordinal) ? "Cv.Problem.Encrypted" : "Cv.Problem.Damaged");
        }
    }
}
