namespace Vivier.Bench;

/// <summary>
/// A cookie jar for a client on plain HTTP: Vivier outside Development marks every cookie Secure (it
/// expects TLS at the proxy), which HttpClient's own container then never sends back to an http://
/// address. This one keeps each cookie's name and value and sends them all, as the browser behind
/// the proxy would.
/// </summary>
public sealed class CookieJar() : DelegatingHandler(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, CheckCertificateRevocationList = true })
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    /// <summary>The Cookie header a signed-in request sends.</summary>
    public string Header
    {
        get
        {
            lock (cookies)
            {
                return string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Header is { Length: > 0 } header)
        {
            request.Headers.Add("Cookie", header);
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            lock (cookies)
            {
                foreach (var pair in set.Select(c => c.Split(';', 2)[0].Split('=', 2)).Where(p => p.Length == 2))
                {
                    cookies[pair[0].Trim()] = pair[1];
                }
            }
        }
        return response;
    }
}
