using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Vivier.Tests.HostileInput.Fuzz;

/// <summary>A parameter of an operation as the OpenAPI document states it.</summary>
public sealed record ApiParameter(string Name, string In, string Type);

/// <summary>An operation of the OpenAPI document: its method, path template, parameters and body (JSON schema, multipart, or none).</summary>
public sealed record ApiOperation(string Method, string Template, IReadOnlyList<ApiParameter> Parameters, JsonElement? JsonBody, bool Multipart)
{
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// Reads Vivier's OpenAPI document into operations, and makes from a body's schema a value of the
/// right shape (known values where the schema names a pattern or a format), for the campaign to
/// break one place at a time: a request that is wrong in one way reaches deeper than one wrong everywhere.
/// </summary>
public sealed class ApiOperations
{
    private readonly JsonElement schemas;

    private ApiOperations(JsonElement document, IReadOnlyList<ApiOperation> operations)
    {
        schemas = document.GetProperty("components").GetProperty("schemas");
        All = operations;
    }

    public IReadOnlyList<ApiOperation> All { get; }

    public static ApiOperations Read(string json)
    {
        var document = JsonDocument.Parse(json).RootElement.Clone();
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, TypeOf(p.GetProperty("schema")))).ToList()
                    : [];
                JsonElement? body = null;
                var multipart = false;
                if (operation.Value.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content))
                {
                    body = content.TryGetProperty("application/json", out var media) ? media.GetProperty("schema") : null;
                    multipart = content.TryGetProperty("multipart/form-data", out _);
                }
                operations.Add(new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, body, multipart));
            }
        }
        return new ApiOperations(document, operations);
    }

    /// <summary>The first type a schema allows other than null ("string" when it says nothing).</summary>
    private static string TypeOf(JsonElement schema) => schema.TryGetProperty("type", out var type)
        ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string" : type.GetString()!
        : schema.TryGetProperty("format", out _) ? "string" : "object";

    /// <summary>What a client of the programme would write in a property of this name: the sample then passes most rules, so a single break reaches the code behind them.</summary>
    private static readonly Dictionary<string, string> Usual = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = "awa.diallo@example.org", ["contactEmail"] = "awa.diallo@example.org", ["password"] = "Correct-Horse-42!", ["phone"] = "+221 77 123 45 67",
        ["countryCode"] = "SN", ["residenceCountry"] = "SN", ["country"] = "SN", ["nationalities"] = "SN", ["code"] = "fr", ["sectors"] = "15110",
        ["themes"] = "public-finance", ["sponsors"] = "MEAE", ["skills"] = "Loi de finances", ["languages"] = "fr:C1 en:B2", ["from"] = "2010-09", ["to"] = "2012-07",
        ["stage"] = "shortlisted", ["action"] = "publish", ["participantType"] = "expert", ["type"] = "workshop", ["audience"] = "open",
        ["start"] = "2027-08-26T14:00", ["end"] = "2027-08-26T15:30", ["startDate"] = "2027-08-26", ["endDate"] = "2027-08-27", ["deadline"] = "2027-01-31",
        ["on"] = "2027-06-01", ["arrivalDate"] = "2027-08-25", ["availableFrom"] = "2027-03-01", ["registrationOpensAt"] = "2026-11-01T09:00",
        ["registrationClosesAt"] = "2027-08-20T18:00", ["kind"] = "ETI", ["city"] = "Dakar", ["venue"] = "INSP, Paris", ["reason"] = "Meilleur profil",
    };

    /// <summary>A value of the schema's shape, as a client that read the document would send.</summary>
    public JsonNode? Sample(JsonElement schema, int depth = 0, string name = "")
    {
        if (depth > 6)
        {
            return null;
        }
        if (name.Equals("version", StringComparison.OrdinalIgnoreCase))
        {
            // A version read earlier is what a client sends; none at all (a first save) is what reaches the rules.
            return null;
        }
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Sample(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), depth + 1, name);
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        }
        foreach (var union in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(union, out var options))
            {
                var option = options.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                return option.ValueKind == JsonValueKind.Undefined ? null : Sample(option, depth + 1, name);
            }
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return (TypeOf(schema), format) switch
        {
            ("string", _) or (_, "date" or "date-time") when Usual.TryGetValue(name, out var usual) => JsonValue.Create(usual),
            (_, "date") => JsonValue.Create("2027-03-01"),
            (_, "date-time") => JsonValue.Create("2027-03-01T10:00:00+01:00"),
            (_, "uuid") => JsonValue.Create(Guid.NewGuid()),
            ("integer" or "number", _) => JsonValue.Create(schema.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() is var m && m > 1 ? (int)m : 1 : 1),
            ("boolean", _) => JsonValue.Create(true),
            ("array", _) => new JsonArray(schema.TryGetProperty("items", out var items) ? Sample(items, depth + 1, name) : null),
            ("object", _) => Object(schema, depth),
            _ => JsonValue.Create(Text(schema)),
        };
    }

    private JsonObject Object(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Sample(property.Value, depth + 1, property.Name);
            }
        }
        return result;
    }

    /// <summary>A string that passes the schema's pattern when one of the programme's usual values does.</summary>
    private static string Text(JsonElement schema)
    {
        if (!schema.TryGetProperty("pattern", out var pattern))
        {
            return "Atelier";
        }
        string[] candidates = ["FR", "fr:C1 en:B2", "fr", "2027-03-01", "Atelier"];
        return candidates.FirstOrDefault(c => Regex.IsMatch(c, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1))) ?? "Atelier";
    }
}
