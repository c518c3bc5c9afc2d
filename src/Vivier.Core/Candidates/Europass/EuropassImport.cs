using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Vivier.Core.Files.Pdf;

namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// Reads a Europass CV into a proposed profile, whatever form it comes in: today's Candidate XML,
/// the legacy v3 XML or JSON, or a PDF carrying either as an embedded file. Anything else is
/// refused with a message key; nothing is saved here.
/// </summary>
public static class EuropassImport
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static ImportedProfile Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new EuropassRefusedException("Europass.Refused.Empty");
        }
        if (content.Length > MaxFileBytes)
        {
            throw new EuropassRefusedException("Europass.Refused.TooLarge");
        }
        if (content.AsSpan().StartsWith("%PDF-"u8))
        {
            return FromPdf(content);
        }
        return ReadDocument(content, fromPdf: false) ?? throw new EuropassRefusedException("Europass.Refused.UnknownFormat");
    }

    private static ImportedProfile FromPdf(byte[] pdf)
    {
        List<byte[]> attachments;
        try
        {
            attachments = PdfStreams.EmbeddedFiles(pdf, MaxFileBytes);
        }
        catch (PdfTooLargeException)
        {
            throw new EuropassRefusedException("Europass.Refused.TooLarge");
        }
        foreach (var attachment in attachments)
        {
            try
            {
                if (ReadDocument(attachment, fromPdf: true) is { } profile)
                {
                    return profile;
                }
            }
            catch (EuropassRefusedException)
            {
                // Another attachment (a photo, a certificate) may sit beside the CV: keep looking.
            }
        }
        throw new EuropassRefusedException("Europass.Refused.PdfWithoutCv");
    }

    /// <summary>The XML or JSON document, or null when it is neither.</summary>
    private static ImportedProfile? ReadDocument(byte[] content, bool fromPdf)
    {
        var first = FirstSignificantByte(content);
        var suffix = fromPdf ? "+pdf" : "";
        if (first == '<')
        {
            var root = SafeXml.Load(content).Root!;
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
            try
            {
                using var json = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64 });
                if (json.RootElement.TryGetProperty("SkillsPassport", out var passport) && passport.ValueKind == JsonValueKind.Object)
                {
                    return Named(LegacyEuropass.Read(LegacyNode.Of(passport), "europass-v3-json"), suffix);
                }
            }
            catch (JsonException)
            {
                throw new EuropassRefusedException("Europass.Refused.Malformed");
            }
            throw new EuropassRefusedException("Europass.Refused.NotEuropass");
        }
        return null;
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

    private static int FirstSignificantByte(byte[] content)
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
