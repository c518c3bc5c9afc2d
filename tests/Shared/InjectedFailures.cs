using Microsoft.EntityFrameworkCore;
using Vivier.Core.Database;

namespace Vivier.Testing;

/// <summary>
/// A database that fails on purpose: a trigger refuses the inserts a test names, so the request
/// that makes them fails the way a real fault would (a 500 from deep inside), until it is lifted.
/// </summary>
public static class InjectedFailures
{
    /// <summary>Refuses inserts into <paramref name="table"/> whose <paramref name="column"/> equals <paramref name="value"/>; disposing lifts it.</summary>
    public static async Task<IAsyncDisposable> RefuseInsertsAsync(this VivierApp app, string table, string column, string value)
    {
        ArgumentNullException.ThrowIfNull(app);
        var name = $"test_refuse_{Guid.NewGuid():N}";
        var literal = "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        await using var db = app.NewDb();
        if (app.Database.Provider == DatabaseProvider.Postgres)
        {
            var function = $"CREATE FUNCTION {name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql;";
            await db.Database.ExecuteSqlRawAsync(function);
            var trigger = $"CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW WHEN (NEW.{column} = {literal}) EXECUTE FUNCTION {name}();";
            await db.Database.ExecuteSqlRawAsync(trigger);
        }
        else
        {
            var trigger = $"CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN NEW.{column} = {literal} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";
            await db.Database.ExecuteSqlRawAsync(trigger);
        }
        return new Lifted(app, name);
    }

    private sealed class Lifted(VivierApp app, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var db = app.NewDb();
            var drop = app.Database.Provider == DatabaseProvider.Postgres ? $"DROP FUNCTION {name}() CASCADE;" : $"DROP TRIGGER {name};";
            await db.Database.ExecuteSqlRawAsync(drop);
        }
    }
}
