using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Vivier.Testing;

namespace Vivier.Tests.HostileInput.Fuzz;

/// <summary>
/// Makes one hostile request for an operation: real identifiers in the path most of the time (so the
/// handler runs), query values and bodies of the right shape broken in one or a few places, bodies
/// that are not what they claim, multipart forms with wrong boundaries, and odd headers.
/// </summary>
public sealed class HostileRequests(ApiOperations operations, HostileValues values, IReadOnlyDictionary<string, IReadOnlyList<string>> realValues)
{
    /// <summary>Query parameters some handlers read, documented or not, with a value a client would send.</summary>
    private static readonly Dictionary<string, string> Plausible = new()
    {
        ["page"] = "2", ["pageSize"] = "20", ["asOf"] = "2023-12-31", ["from"] = "2024-01-01", ["to"] = "2024-12-31", ["kind"] = "ETI", ["continent"] = "Africa",
        ["country"] = "SN", ["theme"] = "public-finance", ["sponsor"] = "MEAE", ["q"] = "cybersécurité", ["sort"] = "recent", ["closingWithin"] = "30",
        ["stage"] = "received", ["host"] = "Ministère", ["culture"] = "en",
    };

    /// <summary>Files built once: a CV, and the hostile kinds each parser must refuse fast.</summary>
    private static readonly Lazy<byte[][]> Files = new(() =>
    [
        TestPdf.Build(["CV"]),
        HostileFiles.PdfOfStreamKeywords(200_000),
        HostileFiles.DeepXml(20_000),
        HostileFiles.PdfOfEmbeddedFiles(3, 8 * 1024 * 1024),
        Encoding.UTF8.GetBytes("{\"SkillsPassport\": " + new string('[', 200) + "}"),
        Encoding.UTF8.GetBytes("Jean Dupont, CV"),
    ]);

    public HttpRequestMessage Make(ApiOperation operation, string tag)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var path = operation.Template;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            // A NUL in the path is refused by the server itself (Kestrel answers 400), before Vivier: the test host cannot even send it.
            var value = PathValue(operation.Template, parameter).Replace("\0", "", StringComparison.Ordinal);
            path = path.Replace($"{{{parameter.Name}}}", HostileValues.Url(value), StringComparison.Ordinal);
        }
        var query = new List<string>();
        foreach (var name in operation.Parameters.Where(p => p.In == "query").Select(p => p.Name).Concat(values.Chance(0.2) ? [values.Pick(Plausible.Keys.ToList())] : []))
        {
            if (values.Chance(0.6))
            {
                query.Add($"{name}={HostileValues.Url(values.Chance(0.6) ? values.String() : Plausible.GetValueOrDefault(name, "1"))}");
            }
        }
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        request.Headers.TryAddWithoutValidation(WriteRecorder.Header, tag);
        request.Content = operation.Multipart ? Multipart() : operation.JsonBody is { } schema ? Json(schema) : StrayBody(operation.Method);
        Headers(request);
        return request;
    }

    private string PathValue(string template, ApiParameter parameter)
    {
        var segments = template.Split('/');
        var before = segments[Array.FindIndex(segments, s => s.Contains($"{{{parameter.Name}}}", StringComparison.Ordinal)) - 1];
        return values.Chance(0.8) && realValues.TryGetValue(before, out var real) && real.Count > 0
            ? values.Pick(real)
            : values.Pick([Guid.NewGuid().ToString(), Guid.Empty.ToString(), values.String(), "ETI-9999-0000", "..", "%2F", "0"]);
    }

    private HttpContent Json(System.Text.Json.JsonElement schema)
    {
        if (values.Chance(0.12))
        {
            var broken = new ByteArrayContent(values.BrokenJson());
            broken.Headers.ContentType = new MediaTypeHeaderValue(values.Chance(0.8) ? "application/json" : values.Pick(["text/plain", "application/xml", "multipart/form-data"]));
            return broken;
        }
        var body = operations.Sample(schema) ?? new JsonObject();
        var mutations = 1 + values.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            body = Mutate(body);
        }
        return new StringContent(HostileValues.Json(body), Encoding.UTF8, "application/json");
    }

    /// <summary>
    /// One place of the document broken, the kind of break chosen first so that each kind is as
    /// likely whatever the document's shape: a null pushed into a list, a property set to null, to
    /// a hostile value or removed, an unknown property, or the whole body replaced.
    /// </summary>
    private JsonNode? Mutate(JsonNode? body)
    {
        var lists = new List<JsonArray>();
        var objects = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonArray list:
                    lists.Add(list);
                    break;
                case JsonObject target when target.Count > 0:
                    objects.Add(target);
                    break;
            }
            foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
            {
                Walk(child);
            }
        }
        Walk(body);
        var kind = values.Next(100);
        if (objects.Count == 0 || kind < 5)
        {
            return values.AnyValue();
        }
        if (kind < 30 && lists.Count > 0)
        {
            var list = values.Pick(lists);
            list.Insert(values.Next(list.Count + 1), values.Chance(0.7) ? null : values.AnyValue());
            return body;
        }
        var target = values.Pick(objects);
        var name = values.Pick(target.Select(p => p.Key).ToList());
        switch (kind)
        {
            case < 50: target[name] = null; break;
            case < 60: target.Remove(name); break;
            case < 65: target["unknown" + values.Next(100)] = values.AnyValue(); break;
            case < 75: target[name] = values.Number(); break;
            default: target[name] = values.Chance(0.6) ? JsonValue.Create(values.String()) : values.AnyValue(); break;
        }
        return body;
    }

    private HttpContent Multipart()
    {
        var file = values.Pick(Files.Value);
        switch (values.Next(6))
        {
            case 0:
                // Parts written with one boundary, announced with another.
                var raw = new ByteArrayContent(Encoding.ASCII.GetBytes("--a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n\r\n%PDF-1.7\r\n--a--\r\n"));
                raw.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
                return raw;
            case 1:
                var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes("--a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n\r\n%PDF-1.7"));
                truncated.Headers.ContentType = MediaTypeHeaderValue.Parse(values.Chance(0.5) ? "multipart/form-data; boundary=a" : "multipart/form-data");
                return truncated;
            case 2:
                var header = new ByteArrayContent(Encoding.ASCII.GetBytes($"--a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{new string('x', 40_000)}\"\r\n\r\nx\r\n--a--\r\n"));
                header.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=a");
                return header;
            default:
                var part = new ByteArrayContent(file);
                // Any file name, quotes and all: only line breaks, which no header can carry, are left out.
                var fileName = (values.Chance(0.8) ? "cv.pdf" : values.String()).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
                part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{fileName}\"");
                part.Headers.TryAddWithoutValidation("Content-Type", values.Chance(0.8) ? "application/pdf" : "application/xml");
                var form = new MultipartFormDataContent { part };
                if (values.Chance(0.2))
                {
                    form.Add(new StringContent(values.String()), values.Chance(0.5) ? "file" : "other");
                }
                return form;
        }
    }

    /// <summary>A body where none is expected, sometimes.</summary>
    private HttpContent? StrayBody(string method) =>
        method != "GET" && values.Chance(0.3) ? new StringContent(HostileValues.Json(values.AnyValue()), Encoding.UTF8, "application/json") : null;

    private void Headers(HttpRequestMessage request)
    {
        if (values.Chance(0.1))
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", values.Chance(0.5) ? Guid.NewGuid().ToString() : new string('k', 300));
        }
        if (values.Chance(0.1))
        {
            request.Headers.TryAddWithoutValidation("If-Match", values.Pick(["\"x\"", "*", "garbage", $"\"{Guid.NewGuid()}\"", "W/\"1\""]));
        }
        if (values.Chance(0.05))
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", values.Pick(["xx-YY", "*;q=2", new string('a', 5_000), "en-GB,en;q=0.9"]));
        }
    }
}
