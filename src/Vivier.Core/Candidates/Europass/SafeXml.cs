using System.Xml;
using System.Xml.Linq;

namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// Reads untrusted XML: no DTD (so no entity expansion, internal or external), no resolver, a cap
/// on size. Anything else is refused as malformed.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = 20_000_000,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException exception) when (exception.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new EuropassRefusedException("Europass.Refused.Dtd");
        }
        catch (XmlException)
        {
            throw new EuropassRefusedException("Europass.Refused.Malformed");
        }
    }

    /// <summary>Descendants by local name, whatever their namespace (Europass mixes several).</summary>
    public static IEnumerable<XElement> All(this XElement? element, string localName) =>
        element?.Descendants().Where(e => e.Name.LocalName == localName) ?? [];

    public static IEnumerable<XElement> Children(this XElement? element, string localName) =>
        element?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    public static XElement? Child(this XElement? element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        }
        return element;
    }

    public static string? Text(this XElement? element, params string[] path) =>
        element.Child(path) is { } found && !string.IsNullOrWhiteSpace(found.Value) ? found.Value.Trim() : null;
}
