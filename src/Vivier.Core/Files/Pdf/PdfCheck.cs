namespace Vivier.Core.Files.Pdf;

/// <summary>
/// Is this a PDF, judged by its bytes and not its name: the "%PDF-" signature, a trailer whose
/// startxref points at a cross-reference table or stream, the end-of-file marker, and no
/// encryption (an encrypted CV cannot be read by recruiters or extracted). Decompresses nothing:
/// it runs on the request path.
/// </summary>
public static class PdfCheck
{
    /// <summary>Null when the file passes; otherwise the message key of the first problem.</summary>
    public static string? Problem(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.AsSpan().StartsWith("%PDF-"u8) || content.Length < 64)
        {
            return "Cv.Problem.NotPdf";
        }
        var tailLength = Math.Min(content.Length, 2048);
        var tail = Encoding.Latin1.GetString(content, content.Length - tailLength, tailLength);
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0 || !tail.Contains("%%EOF", StringComparison.Ordinal))
        {
            return "Cv.Problem.Damaged";
        }
        var offsetText = tail[(startxref + 9)..].Split(['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (!long.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset <= 0 || offset >= content.Length)
        {
            return "Cv.Problem.Damaged";
        }
        var atOffset = Encoding.Latin1.GetString(content, (int)offset, (int)Math.Min(32, content.Length - offset));
        if (!atOffset.StartsWith("xref", StringComparison.Ordinal) && !IsObjectHeader(atOffset))
        {
            return "Cv.Problem.Damaged";
        }
        // The trailer (or the cross-reference stream's dictionary) names the encryption dictionary.
        if (content.AsSpan().IndexOf("/Encrypt"u8) >= 0)
        {
            return "Cv.Problem.Encrypted";
        }
        return null;
    }

    private static bool IsObjectHeader(string text)
    {
        var parts = text.Split([' ', '\r', '\n'], 4, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts[0].All(char.IsAsciiDigit) && parts[1].All(char.IsAsciiDigit) && parts[2].StartsWith("obj", StringComparison.Ordinal);
    }
}
