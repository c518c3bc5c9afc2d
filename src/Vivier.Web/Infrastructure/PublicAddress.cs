using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// The site's own address, for every absolute link Vivier writes (mails, feeds, the sitemap,
/// schema.org data, the agenda feed, security.txt). Always from configuration (Mail:PublicUrl),
/// never from the request: a forged Host header would otherwise send a password-reset link, with
/// its valid token, to another site. Required outside Development (start-up says so); in
/// Development, the address Kestrel listens on, else http://localhost (the test host).
/// </summary>
public sealed class PublicAddress(IOptions<MailSettings> settings, IServer server)
{
    public const string Setting = "Mail:PublicUrl";

    /// <summary>The root without a trailing slash, e.g. https://vivier.example.org.</summary>
    public string Root => Configured(settings.Value.PublicUrl) ?? Listening() ?? "http://localhost";

    /// <summary>An absolute address for a path of the site ("/missions/…").</summary>
    public string Absolute(string path) => Root + path;

    /// <summary>Why the configured address cannot be used in this environment, or null.</summary>
    public static string? Problem(string? configured, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return environment.IsDevelopment() ? null
                : $"{Setting} must be set outside Development: links in mails and feeds start with it (e.g. https://vivier.example.org), never with the Host header of a request.";
        }
        if (Configured(configured) is null)
        {
            return $"{Setting} must be an absolute http or https address without query or fragment, not '{configured}'.";
        }
        return environment.IsProduction() && !configured.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? $"{Setting} must be an https address in Production, not '{configured}'."
            : null;
    }

    private static string? Configured(string? configured) =>
        Uri.TryCreate(configured?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;

    /// <summary>The first address Kestrel listens on, a wildcard host read as localhost.</summary>
    private string? Listening() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
            ? address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/')
            : null;
}
