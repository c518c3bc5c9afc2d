using System.Text.Json;
using System.Xml.Linq;

namespace Vivier.Core.Candidates.Europass;

/// <summary>
/// The legacy Europass (v3.0–3.4) said the same things in XML and in JSON, with two spellings:
/// XML wraps repeated items in a list element ("TelephoneList/Telephone") and writes dates as
/// attributes (year="2001" month="--03"); JSON uses arrays ("Telephone": [...]) and numbers
/// ("Year": 2001, "Month": 3). This node reads both, so one reader serves the two.
/// </summary>
internal abstract class LegacyNode
{
    public abstract LegacyNode? Child(string name);

    public abstract string? Text();

    /// <summary>Repeated items: XML "{name}List/{name}", JSON "{name}": [...] (or a single object).</summary>
    public abstract IEnumerable<LegacyNode> Items(string name);

    /// <summary>A date part: XML attribute (lower case, gMonth/gDay forms), JSON number property.</summary>
    public abstract int? DatePart(string name);

    public string? Text(params string[] path)
    {
        LegacyNode? node = this;
        foreach (var name in path)
        {
            node = node?.Child(name);
        }
        return node?.Text() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }

    public LegacyNode? Path(params string[] path)
    {
        LegacyNode? node = this;
        foreach (var name in path)
        {
            node = node?.Child(name);
        }
        return node;
    }

    public static LegacyNode Of(XElement element) => new Xml(element);

    public static LegacyNode Of(JsonElement element) => new Json(element);

    private sealed class Xml(XElement element) : LegacyNode
    {
        public override LegacyNode? Child(string name) => element.Child(name) is { } child ? new Xml(child) : null;

        public override string? Text() => element.HasElements ? null : element.Value;

        public override IEnumerable<LegacyNode> Items(string name) => element.Child(name + "List").Children(name).Select(e => (LegacyNode)new Xml(e));

        public override int? DatePart(string name)
        {
            // XML Schema's gMonth and gDay: "--03", "---10".
            var value = element.Attribute(name.ToLowerInvariant())?.Value.TrimStart('-');
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        }
    }

    private sealed class Json(JsonElement element) : LegacyNode
    {
        public override LegacyNode? Child(string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null ? new Json(child) : null;

        public override string? Text() => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };

        public override IEnumerable<LegacyNode> Items(string name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var items))
            {
                return [];
            }
            return items.ValueKind switch
            {
                JsonValueKind.Array => items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => (LegacyNode)new Json(i)).ToList(),
                JsonValueKind.Object => [new Json(items)],
                _ => [],
            };
        }

        public override int? DatePart(string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var part) && part.ValueKind == JsonValueKind.Number
                && part.TryGetInt32(out var number) ? number : null;
    }
}
