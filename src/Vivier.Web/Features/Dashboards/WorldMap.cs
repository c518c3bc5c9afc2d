using System.Text;
using System.Text.Json;

namespace Vivier.Web.Features.Dashboards;

/// <summary>A country as the map draws it: an outline (SVG path data) when the atlas has one, and a marker where a country is too small to see or missing.</summary>
public sealed record MapShape(string? Path, (double X, double Y)? Marker);

/// <summary>
/// Country outlines from Natural Earth at 1:50m (npm world-atlas, TopoJSON keyed by ISO 3166-1
/// numeric code), projected once (equirectangular, 84°N to 58°S, Antarctica left out) into SVG path
/// data in whole pixels with relative moves, so the page stays light. The atlas has no code for
/// Kosovo (found by name) and lacks some small territories: those get a marker at a known point.
/// </summary>
public sealed class WorldMap
{
    public const int Width = 960;
    public const double North = 84, South = -58;
    private const double Scale = Width / 360.0;
    public static readonly int Height = (int)Math.Ceiling((North - South) * Scale);

    /// <summary>Places the 1:50m atlas lacks, by ISO alpha-2 code: longitude and latitude of a point in each.</summary>
    private static readonly Dictionary<string, (double Lon, double Lat)> Missing = new(StringComparer.Ordinal)
    {
        ["BQ"] = (-68.27, 12.15), ["BV"] = (3.36, -54.42), ["CC"] = (96.87, -12.17), ["CX"] = (105.62, -10.49), ["GF"] = (-52.33, 4.93),
        ["GI"] = (-5.35, 36.14), ["GP"] = (-61.58, 16.25), ["MQ"] = (-61.02, 14.64), ["RE"] = (55.53, -21.11), ["SJ"] = (15.65, 78.22),
        ["TK"] = (-171.85, -9.2), ["TV"] = (179.2, -8.52), ["UM"] = (166.65, 19.28), ["YT"] = (45.23, -12.78),
    };

    /// <summary>Features of the atlas without a numeric code, by name: the alpha-2 code they stand for.</summary>
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal) { ["Kosovo"] = "XK" };

    private readonly Dictionary<string, MapShape> shapes;

    private WorldMap(Dictionary<string, MapShape> shapes) => this.shapes = shapes;

    /// <summary>The shape of a country (by numeric code, or alpha-2 code for those found by name or missing), or null when there is none.</summary>
    public MapShape? Shape(string alpha2, string numeric) =>
        shapes.TryGetValue(numeric, out var byNumber) ? byNumber
        : shapes.TryGetValue(alpha2, out var byCode) ? byCode
        : Missing.TryGetValue(alpha2, out var point) ? new MapShape(null, Project(point.Lon, point.Lat))
        : null;

    /// <summary>Every outline, for the map's background.</summary>
    public IEnumerable<KeyValuePair<string, MapShape>> All => shapes;

    public static WorldMap Load(string topoJsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(topoJsonPath));
        var root = document.RootElement;
        var transform = root.GetProperty("transform");
        var (sx, sy) = (transform.GetProperty("scale")[0].GetDouble(), transform.GetProperty("scale")[1].GetDouble());
        var (tx, ty) = (transform.GetProperty("translate")[0].GetDouble(), transform.GetProperty("translate")[1].GetDouble());
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            var (x, y) = (0L, 0L);
            return arc.EnumerateArray().Select(p =>
            {
                x += p[0].GetInt64();
                y += p[1].GetInt64();
                return (Lon: x * sx + tx, Lat: y * sy + ty);
            }).ToArray();
        }).ToArray();
        var shapes = new Dictionary<string, MapShape>(StringComparer.Ordinal);
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var key = geometry.TryGetProperty("id", out var id) ? id.GetString()
                : ByName.GetValueOrDefault(geometry.GetProperty("properties").GetProperty("name").GetString() ?? "");
            if (key is null or "010" || !geometry.TryGetProperty("arcs", out var rings))
            {
                continue;
            }
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? rings.EnumerateArray().ToList() : [rings];
            var outline = polygons.SelectMany(p => p.EnumerateArray()).Select(ring => Ring(ring, arcs)).ToList();
            shapes[key] = Draw(outline);
        }
        return new WorldMap(shapes);
    }

    private static List<(double Lon, double Lat)> Ring(JsonElement ring, (double Lon, double Lat)[][] arcs)
    {
        var points = new List<(double, double)>();
        foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
        {
            // A negative index is the one's complement of an arc drawn backwards.
            var arc = index >= 0 ? arcs[index] : arcs[~index].Reverse().ToArray();
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }
        return points;
    }

    /// <summary>Path data in whole pixels, relative moves, repeated points dropped; a marker too when the whole country is smaller than a few pixels.</summary>
    private static MapShape Draw(List<List<(double Lon, double Lat)>> rings)
    {
        var path = new StringBuilder();
        var (minX, minY, maxX, maxY) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        var (cx, cy) = (0, 0);
        foreach (var ring in rings)
        {
            var pixels = new List<(int X, int Y)>();
            foreach (var (lon, lat) in ring)
            {
                var (x, y) = Project(lon, lat);
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
                var pixel = ((int)Math.Round(x), (int)Math.Round(y));
                if (pixels.Count == 0 || pixels[^1] != pixel)
                {
                    pixels.Add(pixel);
                }
            }
            if (pixels.Count < 3)
            {
                continue;
            }
            // The first ring starts from the origin (absolute); the next ones from the previous ring's start.
            path.Append(path.Length == 0 ? 'M' : 'm').Append(CultureInfo.InvariantCulture, $"{pixels[0].X - cx} {pixels[0].Y - cy}");
            for (var i = 1; i < pixels.Count; i++)
            {
                path.Append(CultureInfo.InvariantCulture, $"l{pixels[i].X - pixels[i - 1].X} {pixels[i].Y - pixels[i - 1].Y}");
            }
            path.Append('z');
            // After z the pen is back at the ring's first point.
            (cx, cy) = pixels[0];
        }
        var tiny = maxX - minX < 4 && maxY - minY < 4;
        return new MapShape(path.Length > 0 ? path.ToString() : null, tiny || path.Length == 0 ? ((minX + maxX) / 2, (minY + maxY) / 2) : null);
    }

    /// <summary>The atlas shipped with the application (copied from npm at build), or the one in node_modules when run from the sources.</summary>
    public static WorldMap LoadShipped(string contentRoot)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "Map", "countries-50m.json");
        return Load(File.Exists(shipped) ? shipped : Path.Combine(contentRoot, "node_modules", "world-atlas", "countries-50m.json"));
    }

    private static (double X, double Y) Project(double lon, double lat) => ((lon + 180) * Scale, (North - Math.Clamp(lat, South, North)) * Scale);
}
