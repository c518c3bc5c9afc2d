using Microsoft.AspNetCore.Diagnostics;

namespace Vivier.Web.Features.Errors;

/// <summary>
/// The styled error page, reached by re-execution (status codes) or by the exception handler. It
/// never shows exception details: a reference to quote to support is all a user needs.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>The error statuses Vivier answers with; /erreur/{code} with any other number is a page not found.</summary>
    public static readonly IReadOnlySet<int> Produced = new HashSet<int> { 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503 };

    public string TitleKey { get; private set; } = "Error.Generic.Title";
    public string TextKey { get; private set; } = "Error.Generic.Text";
    public string? RequestId { get; private set; }

    public void OnGet() => Describe(RouteCode());

    // Re-execution keeps the original method, so a failed POST also lands here. No parameter is
    // bound: binding would read the form, which a refused antiforgery token makes unreadable.
    public void OnPost() => Describe(RouteCode());

    private int? RouteCode() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? Produced.Contains(code) ? code : StatusCodes.Status404NotFound
            : null;

    private void Describe(int? code)
    {
        var status = code ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? 500 : 404);
        if (code is null || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = status;
        }
        (TitleKey, TextKey) = status switch
        {
            404 => ("Error.NotFound.Title", "Error.NotFound.Text"),
            403 => ("Error.Forbidden.Title", "Error.Forbidden.Text"),
            413 => ("Error.TooLarge.Title", "Error.TooLarge.Text"),
            429 => ("Error.TooMany.Title", "Error.TooMany.Text"),
            >= 500 => ("Error.Server.Title", "Error.Server.Text"),
            _ => ("Error.Generic.Title", "Error.Generic.Text"),
        };
        RequestId = status >= 500 ? HttpContext.TraceIdentifier : null;
    }
}
