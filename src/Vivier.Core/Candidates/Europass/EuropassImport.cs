using System.Text.Json;
using Vivier.Core.Files.Pdf;

namespace Vivier.Core.Candidates.Europass;

/// <summary>The limits a Europass import works within: of the file, its PDF wrapper, its XML or JSON.</summary>
public sealed record EuropassLimits(PdfLimits Pdf, XmlLimits Xml, JsonLimits Json)
{
    public static EuropassLimits Default { get; } = new(new PdfLimits(), new XmlLimits(), new JsonLimits());

    /// <summary>The largest file taken: a PDF, or a bare XML or JSON document.</summary>
    public long MaxFileBytes => Math.Max(Pdf.MaxBytes, Math.Max(Xml.MaxBytes, Json.MaxBytes));

    /// <summary>The import's time for a file of this kind: a PDF's covers its attachments' reading.</summary>
    public TimeSpan MaxTimeFor(bool pdf, bool json) => pdf ? Pdf.MaxTime : json ? Json.MaxTime : Xml.MaxTime;
}

/// <summary>
/// Reads a Europass CV into a proposed profile, whatever form it comes in: today's Candidate XML,
/// the legacy v3 XML or JSON, or a PDF carrying either as an embedded file. Anything else is
/// refused with a message key; nothing is saved here. The work stops at the limits (bytes,
/// inflated bytes, nesting, time) or when the caller gives up, checked inside every loop.
/// </summary>
public static class EuropassImport
{
    public static ImportedProfile Read(byte[] content, EuropassLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= EuropassLimits.Default;
        if (content.Length == 0)
        {
            throw new EuropassRefusedException("Europass.Refused.Empty");
        }
        if (content.Length > limits.MaxFileBytes)
        {
            throw new EuropassRefusedException("Europass.Refused.TooLarge", InputLimits.Megabytes(limits.MaxFileBytes));
        }
        var pdf = content.AsSpan().StartsWith("%PDF-"u8);
        using var deadline = new Deadline(limits.MaxTimeFor(pdf, FirstSignificantByte(new ArraySegment<byte>(content)) == '{'), cancellationToken);
        try
        {
            return pdf
                ? FromPdf(content, limits, deadline.Token)
                : ReadDocument(new ArraySegment<byte>(content), fromPdf: false, limits, deadline.Token) ?? throw new EuropassRefusedException("Europass.Refused.UnknownFormat");
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            throw new EuropassRefusedException("Europass.Refused.TooSlow");
        }
    }

    private static ImportedProfile FromPdf(byte[] pdf, EuropassLimits limits, CancellationToken cancellationToken)
    {
        if (pdf.Length > limits.Pdf.MaxBytes)
        {
            throw new EuropassRefusedException("Europass.Refused.TooLarge", InputLimits.Megabytes(limits.Pdf.MaxBytes));
        }
        // One budget for the whole document; each attachment is read, then let go, before the next is inflated.
        var budget = new ByteBudget(limits.Pdf.MaxInflatedBytes);
        try
        {
            foreach (var attachment in PdfStreams.EmbeddedFiles(pdf, budget, cancellationToken))
            {
                try
                {
                    if (ReadDocument(attachment, fromPdf: true, limits, cancellationToken) is { } profile)
                    {
                        return profile;
                    }
                }
                catch (EuropassRefusedException)
                {
                    // Another attachment (a photo, a certificate) may sit beside the CV: keep looking.
                }
            }
        }
        catch (InflatedTooLargeException)
        {
            throw new EuropassRefusedException("Europass.Refused.Inflated", InputLimits.Megabytes(limits.Pdf.MaxInflatedBytes));
        }
        throw new EuropassRefusedException("Europass.Refused.PdfWithoutCv");
    }

    /// <summary>The XML or JSON document, or null when it is neither.</summary>
    private static ImportedProfile? ReadDocument(ArraySegment<byte> content, bool fromPdf, EuropassLimits limits, CancellationToken cancellationToken)
    {
        var first = FirstSignificantByte(content);
        var suffix = fromPdf ? "+pdf" : "";
        if (first == '<')
        {
            var root = SafeXml.Load(content, limits.Xml, cancellationToken).Root!;
            var profile = (root.Name.LocalName, root.Name.NamespaceName) switch
            {
                ("Candidate", CandidateXml.Namespace) => CandidateXml.Read(root),
                ("SkillsPassport", LegacyEuropass.Namespace) => LegacyEuropass.Read(LegacyNode.Of(root), "europass-v3-xml"),
                _ => throw new EuropassRefusedException("Europass.Refused.NotEuropass"),
            };
            return Named(profile, suffix);
        }
        if (first == '{')
        {
            if (content.Count > limits.Json.MaxBytes)
            {
                throw new EuropassRefusedException("Europass.Refused.TooLarge", InputLimits.Megabytes(limits.Json.MaxBytes));
            }
            try
            {
                // Linear in the bytes, bounded above and in depth; the time is checked once it is read.
                using var json = JsonDocument.Parse(content.AsMemory(), new JsonDocumentOptions { MaxDepth = limits.Json.MaxDepth });
                cancellationToken.ThrowIfCancellationRequested();
                if (json.RootElement.TryGetProperty("SkillsPassport", out var passport) && passport.ValueKind == JsonValueKind.Object)
                {
                    return Named(LegacyEuropass.Read(LegacyNode.Of(passport), "europass-v3-json"), suffix);
                }
            }
            catch (JsonException)
            {
                throw NestedDeeperThan(content, limits.Json.MaxDepth)
                    ? new EuropassRefusedException("Europass.Refused.TooDeep", limits.Json.MaxDepth)
                    : new EuropassRefusedException("Europass.Refused.Malformed");
            }
            throw new EuropassRefusedException("Europass.Refused.NotEuropass");
        }
        return null;
    }

    /// <summary>Whether a JSON document that failed to parse went past the nesting limit (one more linear pass, only on failure).</summary>
    private static bool NestedDeeperThan(ArraySegment<byte> content, int maxDepth)
    {
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before it went too deep.
        }
        return false;
    }

    /// <summary>A CV names its person; a file without a name is not one.</summary>
    private static ImportedProfile Named(ImportedProfile profile, string suffix)
    {
        if (profile.GivenName is null && profile.FamilyName is null)
        {
            throw new EuropassRefusedException("Europass.Refused.NoCv");
        }
        profile.Format += suffix;
        return profile;
    }

    private static int FirstSignificantByte(ArraySegment<byte> content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }
        return -1;
    }
}
