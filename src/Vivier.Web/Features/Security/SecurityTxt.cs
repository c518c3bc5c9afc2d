using System.Text;

namespace Vivier.Web.Features.Security;

/// <summary>
/// /.well-known/security.txt (RFC 9116): where to report a vulnerability (Vivier:SecurityContact,
/// an e-mail address or a URL), in which languages, until when the file holds. Its canonical
/// address comes from Mail:PublicUrl, never from the request's Host. Without a contact configured
/// there is nothing to announce: 404.
/// </summary>
public static class SecurityTxt
{
    public const string Path = "/.well-known/security.txt";

    /// <summary>How long a served file holds: RFC 9116 asks for less than a year.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public static IEndpointRouteBuilder MapSecurityTxt(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Serve).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(IConfiguration configuration, TimeProvider clock, PublicAddress site)
    {
        if (Contact(configuration["Vivier:SecurityContact"]) is not { } contact)
        {
            return Results.NotFound();
        }
        var expires = clock.GetUtcNow().UtcDateTime.Date + Lifetime;
        var text = new StringBuilder()
            .Append("Contact: ").Append(contact).Append('\n')
            .Append("Expires: ").Append(expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n')
            .Append("Preferred-Languages: fr, en\n");
        if (configuration[PublicAddress.Setting] is { Length: > 0 })
        {
            text.Append("Canonical: ").Append(site.Absolute(Path)).Append('\n');
        }
        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    /// <summary>A URL as it is, an e-mail address as a mailto: URI; anything else is not a contact.</summary>
    private static string? Contact(string? configured) => configured?.Trim() switch
    {
        null or "" => null,
        var url when Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "mailto" => url,
        var address when address.Contains('@', StringComparison.Ordinal) && !address.Any(char.IsWhiteSpace) => "mailto:" + address,
        _ => null,
    };
}
