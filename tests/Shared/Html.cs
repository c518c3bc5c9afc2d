using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Vivier.Testing;

/// <summary>Pages read as a browser's DOM, and forms posted the way a browser posts them (antiforgery token included).</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await Context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"), TestContext.Current.CancellationToken);
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return await ParseAsync(response);
    }

    /// <summary>Submits a form of the page with its own fields (hidden ones included), overridden by <paramref name="values"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument page, string formSelector,
        IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .Select(i => (Name: i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)).Select(t => (Name: t.Name!, t.Value)))
            .Concat(form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name))
                .SelectMany(s => s.Options.Where(o => o.IsSelected).Select(o => (Name: s.Name!, o.Value))))
            .ToList();
        var posted = fields.Where(f => values is null || !values.ContainsKey(f.Name))
            .Concat(values?.Select(v => (Name: v.Key, v.Value)) ?? []);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        using var content = new FormUrlEncodedContent(posted.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
