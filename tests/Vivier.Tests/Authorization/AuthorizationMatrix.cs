using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Testing;

namespace Vivier.Tests.Authorization;

/// <summary>One endpoint and HTTP method, as the matrix file names it.</summary>
public sealed record EndpointKey(string Method, string Route);

/// <summary>A line of matrix.tsv: an endpoint, a request that reaches it, and what each identity must get.</summary>
public sealed record MatrixRow(EndpointKey Endpoint, string Request, IReadOnlyDictionary<string, string> Expected);

/// <summary>
/// The committed statement of who may use what (tests/Vivier.Tests/Authorization/matrix.tsv). Pages
/// answer ok, sign-in (sent to the sign-in page) or forbidden (sent to the 403 page); the API answers
/// ok, 401 or 403. "ok" means "not refused": a form posted without its token still counts as reached.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly string[] Identities = ["anonymous", .. Vivier.Core.Identity.Roles.All];

    public static IReadOnlyList<MatrixRow> Read()
    {
        var lines = File.ReadAllLines(Repository.PathOf("tests", "Vivier.Tests", "Authorization", "matrix.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split('\t');
            Assert.True(cells.Length == header.Length, $"matrix.tsv: '{line}' has {cells.Length} cells, the header {header.Length}.");
            var expected = header.Skip(3).Select((identity, i) => (identity, cells[i + 3])).ToDictionary(c => c.identity, c => c.Item2);
            return new MatrixRow(new EndpointKey(cells[0], cells[1]), cells[2], expected);
        }).ToList();
    }

    /// <summary>Every routed endpoint with each method it accepts; pages accept GET and POST.</summary>
    public static IReadOnlyList<EndpointKey> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(method => new EndpointKey(method, "/" + (e.RoutePattern.RawText ?? "").Trim('/'))))
            .Distinct()
            .ToList();

    /// <summary>Endpoints the file does not state, and lines of the file that match no endpoint.</summary>
    public static (IReadOnlyList<EndpointKey> Missing, IReadOnlyList<EndpointKey> Stale) Compare(IEnumerable<EndpointKey> endpoints, IEnumerable<MatrixRow> rows)
    {
        var stated = rows.Select(r => r.Endpoint).ToHashSet();
        var existing = endpoints.ToHashSet();
        return (existing.Where(e => !stated.Contains(e)).OrderBy(e => e.Route, StringComparer.Ordinal).ToList(),
            stated.Where(s => !existing.Contains(s)).ToList());
    }

    /// <summary>What the response says of the identity's access.</summary>
    public static string Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "401",
            HttpStatusCode.Forbidden => "403",
            HttpStatusCode.Redirect when location.Contains("/connexion", StringComparison.Ordinal) => "sign-in",
            HttpStatusCode.Redirect when location.Contains("/erreur/403", StringComparison.Ordinal) => "forbidden",
            _ => "ok",
        };
    }
}
