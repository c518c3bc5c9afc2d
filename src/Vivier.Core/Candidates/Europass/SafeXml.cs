using System.Xml;
using System.Xml.Linq;

namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// Reads untrusted XML: no DTD (so no entity expansion, internal or external), no resolver, caps
/// on size and on nesting. The tree is built here, node by node as the reader meets them, so that
/// an element nested deeper than the limit stops the reading where it stands (in linear time, not
/// after the whole file is held) and cancellation is checked as it goes.
/// </summary>
internal static class SafeXml
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static XDocument Load(ArraySegment<byte> content, XmlLimits limits, CancellationToken cancellationToken)
    {
        if (content.Count > limits.MaxBytes)
        {
            throw new EuropassRefusedException("Europass.Refused.TooLarge", InputLimits.Megabytes(limits.MaxBytes));
        }
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = limits.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(content.Array!, content.Offset, content.Count, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return Build(reader, limits.MaxDepth, cancellationToken);
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

    private static XDocument Build(XmlReader reader, int maxDepth, CancellationToken cancellationToken)
    {
        var document = new XDocument();
        XContainer parent = document;
        var nodes = 0;
        while (reader.Read())
        {
            if ((++nodes & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth >= maxDepth)
                    {
                        throw new EuropassRefusedException("Europass.Refused.TooDeep", maxDepth);
                    }
                    var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    AddAttributes(reader, element);
                    parent.Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        parent = element;
                    }
                    break;
                case XmlNodeType.EndElement:
                    parent = parent.Parent ?? (XContainer)document;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace:
                    parent.Add(new XText(reader.Value));
                    break;
                case XmlNodeType.CDATA:
                    parent.Add(new XCData(reader.Value));
                    break;
                case XmlNodeType.Whitespace when parent != document:
                    parent.Add(new XText(reader.Value));
                    break;
            }
        }
        return document.Root is null ? throw new EuropassRefusedException("Europass.Refused.Malformed") : document;
    }

    private static void AddAttributes(XmlReader reader, XElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }
        do
        {
            // Namespace declarations are attributes as LINQ to XML names them: xmlns, xmlns:prefix.
            var name = reader.NamespaceURI == XmlnsNamespace
                ? reader.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + reader.LocalName
                : XName.Get(reader.LocalName, reader.NamespaceURI);
            element.Add(new XAttribute(name, reader.Value));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
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
