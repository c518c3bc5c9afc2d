using System.Text;
using System.Xml;
using Vivier.Core.Text;

namespace Vivier.Web.Features.Missions;

/// <summary>The board for machines that poll: an Atom feed (RFC 4287) honouring the board's filters, and the sitemap.</summary>
public static class MissionsFeeds
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapMissionsFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/missions/feed.atom", Feed).AllowAnonymous().WithTags("Missions")
            .WithSummary("Atom feed of open missions; takes the board's filters (q, continent, country, theme, kind, sponsor, closingWithin).");
        app.MapGet("/sitemap.xml", Sitemap).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Feed(HttpContext context, MissionBoard board, IStringLocalizer<SharedResource> l, TimeProvider clock,
        PublicAddress site, CancellationToken cancellationToken)
    {
        var (query, errors) = BoardQuery.Parse(context.Request.Query, l);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var page = await board.SearchAsync(query with { Sort = BoardSort.Recent, Page = 1, PageSize = 50 }, withFacets: false, cancellationToken);
        var root = site.Root;
        var self = $"{root}/missions/feed.atom{query.ToQueryString(("page", null), ("sort", null))}";
        var updated = page.Missions.Select(m => m.PublishedAt).Max() ?? clock.GetUtcNow().UtcDateTime;
        return Xml("application/atom+xml", writer =>
        {
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("id", Atom, self);
            writer.WriteElementString("title", Atom, l["Board.Feed"]);
            writer.WriteElementString("updated", Atom, Instant(updated));
            Link(writer, "self", self, "application/atom+xml");
            Link(writer, "alternate", $"{root}/missions{query.ToQueryString(("page", null), ("sort", null))}", "text/html");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "Vivier");
            writer.WriteEndElement();
            foreach (var mission in page.Missions)
            {
                var url = $"{root}/missions/{mission.Reference}";
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("id", Atom, url);
                writer.WriteElementString("title", Atom, mission.Title);
                writer.WriteElementString("updated", Atom, Instant(mission.PublishedAt ?? updated));
                writer.WriteElementString("published", Atom, Instant(mission.PublishedAt ?? updated));
                Link(writer, "alternate", url, "text/html");
                writer.WriteElementString("summary", Atom, l["Feed.Summary", l[$"Kind.{mission.Kind}"], mission.CountryFr, mission.City,
                    mission.HostInstitution, Dates.Long(mission.Deadline)]);
                foreach (var theme in mission.Themes)
                {
                    writer.WriteStartElement("category", Atom);
                    writer.WriteAttributeString("term", theme);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    public static async Task<IResult> Sitemap(VivierDb db, PublicAddress site, CancellationToken cancellationToken)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var root = site.Root;
        var references = await db.Missions.AsNoTracking().Where(m => m.Status == MissionStatus.Published)
            .OrderBy(m => m.Reference).Select(m => m.Reference).ToListAsync(cancellationToken);
        return Xml("application/xml", writer =>
        {
            writer.WriteStartElement("urlset", ns);
            foreach (var path in new[] { "/", "/missions", "/referentiels", "/referentiels/pays", "/referentiels/secteurs", "/accessibilite", "/confidentialite" }
                         .Concat(references.Select(r => $"/missions/{r}")))
            {
                writer.WriteStartElement("url", ns);
                writer.WriteElementString("loc", ns, root + path);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>An XML document written in UTF-8, as feeds and sitemaps are read.</summary>
    private static IResult Xml(string contentType, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            write(writer);
        }
        return TypedResults.Bytes(buffer.ToArray(), $"{contentType}; charset=utf-8");
    }

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("type", type);
        writer.WriteEndElement();
    }
}
