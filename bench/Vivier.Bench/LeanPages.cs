using System.Data.Common;
using Microsoft.AspNetCore.Http;

namespace Vivier.Bench;

/// <summary>
/// The lean reference's other pages (see <see cref="LeanServer"/>): for each page of a day's use,
/// the rows it shows read in the fewest plain queries on the same tables and indexes, as JSON.
/// Everything a page adds beyond its rows (layout, localisation, authorization) is Vivier's cost.
/// </summary>
public static class LeanPages
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The answer for a path, or null when the lean server has no such page.</summary>
    public static async Task<object?> AnswerAsync(DbConnection connection, string path, IQueryCollection query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return path switch
        {
            // The home page: the six newest open missions as cards (with their country's names and sponsors), how many are open, the next event.
            "/home" => new
            {
                total = await RowsAsync(connection, "SELECT count(*) FROM missions WHERE status = 'Published' AND deadline >= @p0", [Today], cancellationToken),
                latest = await RowsAsync(connection, """
                    SELECT m.reference, m.title, m.title_en, m.kind, m.city, c.name_fr, c.name_en, m.host_institution, m.start_date, m.duration_months, m.deadline,
                           (SELECT string_agg(o.short_name, ',') FROM mission_sponsors s JOIN organisations o ON o.id = s.sponsor_id WHERE s.mission_id = m.id)
                    FROM missions m JOIN countries c ON c.code = m.country_code
                    WHERE m.status = 'Published' AND m.deadline >= @p0 ORDER BY m.published_at DESC, m.id DESC LIMIT 6
                    """, [Today], cancellationToken),
                nextEvent = await RowsAsync(connection, "SELECT id, title, title_en, start_date, end_date, venue FROM events WHERE end_date >= @p0 ORDER BY start_date LIMIT 1",
                    [Today], cancellationToken),
            },
            // A mission page: the mission, its themes and sponsors.
            "/mission" => await RowsAsync(connection, """
                SELECT m.reference, m.title, m.kind, m.country_code, m.city, m.host_institution, m.description, m.profile, m.deadline, m.start_date, m.duration_months,
                       (SELECT string_agg(theme_code, ',') FROM mission_themes WHERE mission_id = m.id),
                       (SELECT string_agg(o.short_name, ',') FROM mission_sponsors s JOIN organisations o ON o.id = s.sponsor_id WHERE s.mission_id = m.id)
                FROM missions m WHERE m.reference = @p0
                """, [query["ref"].ToString()], cancellationToken),
            // A candidate's applications with their mission and the history shown to the candidate.
            "/applications" => await RowsAsync(connection, """
                SELECT a.id, m.reference, m.title, m.deadline, a.stage_key, a.submitted_at, e.at, e.to_stage
                FROM applications a JOIN missions m ON m.id = a.mission_id
                LEFT JOIN application_events e ON e.application_id = a.id AND e.visible_to_candidate
                WHERE a.person_id = @p0 ORDER BY a.updated_at DESC, e.at
                """, [Guid.Parse(query["person"].ToString())], cancellationToken),
            // A mission's pipeline: every application with its person, stage, review and note counts.
            "/pipeline" => await RowsAsync(connection, """
                SELECT a.id, a.stage_key, a.submitted_at, p.given_name, p.family_name, p.email,
                       (SELECT count(*) FROM application_reviews r WHERE r.application_id = a.id AND r.scored_at IS NOT NULL),
                       (SELECT count(*) FROM application_notes n WHERE n.application_id = a.id)
                FROM applications a JOIN missions m ON m.id = a.mission_id JOIN people p ON p.id = a.person_id
                WHERE m.reference = @p0 AND a.stage_key IS NOT NULL ORDER BY a.submitted_at, a.id
                """, [query["ref"].ToString()], cancellationToken),
            // The roster at a date: the count by kind and the first 50 in post, by country and name, with their sponsors.
            "/roster" => new
            {
                kinds = await RowsAsync(connection, "SELECT kind, count(*) FROM deployments WHERE in_post_from <= @p0 AND in_post_until >= @p0 GROUP BY kind",
                    [DateOnly.Parse(query["asOf"].ToString(), System.Globalization.CultureInfo.InvariantCulture)], cancellationToken),
                rows = await RowsAsync(connection, """
                    SELECT d.id, p.given_name, p.family_name, d.kind, c.name_fr, d.host_institution, d.in_post_from, d.in_post_until,
                           (SELECT string_agg(o.short_name, ',') FROM deployment_sponsors s JOIN organisations o ON o.id = s.sponsor_id WHERE s.deployment_id = d.id)
                    FROM deployments d JOIN people p ON p.id = d.person_id JOIN countries c ON c.code = d.country_code
                    WHERE d.in_post_from <= @p0 AND d.in_post_until >= @p0 ORDER BY c.name_fr, p.family_name, d.id LIMIT 50
                    """, [DateOnly.Parse(query["asOf"].ToString(), System.Globalization.CultureInfo.InvariantCulture)], cancellationToken),
            },
            _ => null,
        };
    }

    /// <summary>Every row of the query as an array of its values.</summary>
    private static async Task<List<object?[]>> RowsAsync(DbConnection connection, string sql, object[] values, CancellationToken cancellationToken)
    {
        // SQLite holds ids and days as text, written as EF Core writes them.
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        object Bound(object v) => (sqlite, v) switch
        {
            (true, Guid id) => id.ToString().ToUpperInvariant(),
            (true, DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => v,
        };
        await using var reader = await LeanServer.ReaderAsync(connection, sql, values.Select((v, i) => ($"@p{i}", Bound(v))).ToList(), cancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }
}
