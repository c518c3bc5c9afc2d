using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;
using Vivier.Core.Database;
using Vivier.Core.Search;

namespace Vivier.Bench;

/// <summary>
/// The leanest server for the board's data, the reference every board figure is a ratio to: bare
/// Kestrel (no routing, no middleware, no EF Core), the ADO.NET provider, the same tables and
/// indexes as Vivier. <c>GET /missions</c> answers what <c>GET /api/v1/missions</c> answers — the
/// open missions' total and the newest 20 with their sponsors and themes, as JSON — for no query,
/// a continent, a kind, or a search written the naive way (every match, newest first). Run in its
/// own process, as Vivier is:
///   dotnet Vivier.Bench.dll lean-server &lt;Sqlite|Postgres&gt; &lt;connection string&gt; &lt;port&gt;
/// </summary>
public static class LeanServer
{
    private const string Columns = "m.id, m.reference, m.title, m.title_en, m.kind, m.country_code, m.city, m.host_institution, m.deadline, m.start_date, m.duration_months";

    public static async Task RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls($"http://127.0.0.1:{args[2]}");
        await using var postgres = provider == DatabaseProvider.Postgres ? NpgsqlDataSource.Create(args[1]) : null;
        var sqlite = args[1];
        var app = builder.Build();
        app.Run(async context =>
        {
            if (context.Request.Path == "/health")
            {
                return;
            }
            await using var connection = postgres is null ? new SqliteConnection(sqlite) : (DbConnection)postgres.CreateConnection();
            await connection.OpenAsync(context.RequestAborted);
            if (connection is SqliteConnection reading)
            {
                FrenchCollation.Register(reading);
            }
            var (query, cancel) = (context.Request.Query, context.RequestAborted);
            object? answer;
            try
            {
                answer = context.Request.Path.Value switch
                {
                    "/missions" => await PageAsync(connection, postgres is not null, query, cancel),
                    _ => await LeanPages.AnswerAsync(connection, context.Request.Path.Value ?? "", query, cancel),
                };
            }
            catch (DbException e)
            {
                // Said where the bench's operator reads it: a 500 alone would hide a wrong query.
                await Console.Error.WriteLineAsync($"{context.Request.Path}{context.Request.QueryString}: {e.Message}");
                throw;
            }
            if (answer is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, answer, JsonSerializerOptions.Web, cancel);
        });
        await app.RunAsync();
    }

    private static async Task<object> PageAsync(DbConnection connection, bool isPostgres, IQueryCollection query, CancellationToken cancellationToken)
    {
        var where = "m.status = 'Published' AND m.deadline >= @today";
        var parameters = new List<(string, object)> { ("@today", isPostgres ? DateOnly.FromDateTime(DateTime.UtcNow) : DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) };
        if (query["kind"].ToString() is { Length: > 0 } kind)
        {
            where += " AND m.kind = @kind";
            parameters.Add(("@kind", kind));
        }
        if (query["continent"].ToString() is { Length: > 0 } continent)
        {
            where += " AND m.country_code IN (SELECT code FROM countries WHERE continent = @continent)";
            parameters.Add(("@continent", continent));
        }
        if (FrenchText.QueryTokens(query["q"]) is { Count: > 0 } tokens)
        {
            where += isPostgres
                ? " AND m.search_vector @@ to_tsquery('simple', @q)"
                : " AND m.id IN (SELECT rowid FROM missions_fts WHERE missions_fts MATCH @q)";
            parameters.Add(("@q", isPostgres ? string.Join(" & ", tokens) : $"search_text : ({string.Join(" AND ", tokens.Select(t => $"\"{t}\""))})"));
        }
        var total = Convert.ToInt32(await ScalarAsync(connection, $"SELECT count(*) FROM missions m WHERE {where}", parameters, cancellationToken), CultureInfo.InvariantCulture);
        var items = new List<Item>();
        await using (var reader = await ReaderAsync(connection, $"SELECT {Columns} FROM missions m WHERE {where} ORDER BY m.published_at DESC, m.id DESC LIMIT 20", parameters, cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new Item(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetFieldValue<DateOnly>(8), reader.GetFieldValue<DateOnly>(9), reader.GetInt32(10), [], []));
            }
        }
        if (items.Count > 0)
        {
            var ids = string.Join(",", items.Select(i => i.Id.ToString(CultureInfo.InvariantCulture)));
            var byId = items.ToDictionary(i => i.Id);
            await ReadLinksAsync(connection, $"SELECT s.mission_id, o.short_name FROM mission_sponsors s JOIN organisations o ON o.id = s.sponsor_id WHERE s.mission_id IN ({ids})",
                (id, name) => byId[id].Sponsors.Add(name), cancellationToken);
            await ReadLinksAsync(connection, $"SELECT mission_id, theme_code FROM mission_themes WHERE mission_id IN ({ids})",
                (id, code) => byId[id].Themes.Add(code), cancellationToken);
        }
        return new { total, page = 1, pageSize = 20, items };
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The SQL is made of constants and of ids read from the database; the request's values are parameters.")]
    internal static async Task<DbDataReader> ReaderAsync(DbConnection connection, string sql, List<(string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteReaderAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, List<(string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        await using var reader = await ReaderAsync(connection, sql, parameters, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetValue(0) : null;
    }

    private static async Task ReadLinksAsync(DbConnection connection, string sql, Action<long, string> add, CancellationToken cancellationToken)
    {
        await using var reader = await ReaderAsync(connection, sql, [], cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            add(reader.GetInt64(0), reader.GetString(1));
        }
    }

    private sealed record Item(long Id, string Reference, string Title, string? TitleEn, string Kind, string Country, string City, string HostInstitution,
        DateOnly Deadline, DateOnly StartDate, int DurationMonths, List<string> Sponsors, List<string> Themes);
}
