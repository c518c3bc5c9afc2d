using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vivier.Core.Demo;

/// <summary>
/// Removes the demo's people — its accounts (whose password the README prints) and the people it
/// made up, all on the reserved domain vivier.test — with everything that is theirs, and nothing
/// else: rows that point at a demo person through a required key are theirs (profiles,
/// applications, deployments, registrations… and what points at those), rows that point at one
/// through an optional key stay and lose the link. Walks the model's foreign keys, so a table added
/// later is covered without a change here. One transaction: all or nothing.
/// </summary>
public static class DemoRemoval
{
    /// <summary>How many keys go in one IN (…) list.</summary>
    private const int Batch = 500;

    public static async Task<int> RemoveAsync(VivierDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = db.Model.FindEntityType(typeof(Person))!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var ids = await ReadAsync(connection, transaction.GetDbTransaction(),
            $"SELECT {Column(people, nameof(Person.Id))} FROM {Table(people)} WHERE {Column(people, nameof(Person.IsDemo))} = @p0 OR {Column(people, nameof(Person.NormalizedEmail))} LIKE @p1 OR {Column(people, nameof(Person.NormalizedEmail))} LIKE @p2",
            [true, "%@VIVIER.TEST", "%.VIVIER.TEST"], cancellationToken);
        await DeleteAsync(db, people, people.FindPrimaryKey()!.Properties[0], ids, [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    /// <summary>Deletes the rows of <paramref name="entity"/> whose <paramref name="column"/> is in <paramref name="keys"/>, after what depends on them.</summary>
    private static async Task DeleteAsync(VivierDb db, IEntityType entity, IProperty column, List<object> keys, HashSet<string> visiting, CancellationToken cancellationToken)
    {
        if (keys.Count == 0 || !visiting.Add($"{entity.Name}:{column.Name}"))
        {
            return;
        }
        var primaryKey = entity.FindPrimaryKey()!;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var own = primaryKey.Properties.Count == 1 && primaryKey.Properties[0] != column
            ? await InAsync(keys, batch => ReadAsync(connection, transaction,
                $"SELECT {Column(entity, primaryKey.Properties[0].Name)} FROM {Table(entity)} WHERE {Column(entity, column.Name)} IN ({Parameters(batch.Count)})", batch, cancellationToken))
            : keys;
        foreach (var foreignKey in db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredForeignKeys())
                     .Where(fk => fk.PrincipalEntityType == entity && fk.Properties.Count == 1 && fk.DeclaringEntityType.GetTableName() is not null
                         && !fk.DeclaringEntityType.IsOwned() && fk.PrincipalKey.Properties.Count == 1))
        {
            var dependent = foreignKey.DeclaringEntityType;
            var principalColumn = foreignKey.PrincipalKey.Properties[0];
            var principalKeys = principalColumn == column ? keys
                : principalColumn == primaryKey.Properties[0] ? own
                : await InAsync(keys, batch => ReadAsync(connection, transaction,
                    $"SELECT {Column(entity, principalColumn.Name)} FROM {Table(entity)} WHERE {Column(entity, column.Name)} IN ({Parameters(batch.Count)})", batch, cancellationToken));
            if (foreignKey.IsRequired)
            {
                await DeleteAsync(db, dependent, foreignKey.Properties[0], principalKeys, visiting, cancellationToken);
            }
            else
            {
                await InAsync(principalKeys, async batch => await ExecuteAsync(connection, transaction,
                    $"UPDATE {Table(dependent)} SET {Column(dependent, foreignKey.Properties[0].Name)} = NULL WHERE {Column(dependent, foreignKey.Properties[0].Name)} IN ({Parameters(batch.Count)})",
                    batch, cancellationToken));
            }
        }
        await InAsync(keys, async batch => await ExecuteAsync(connection, transaction,
            $"DELETE FROM {Table(entity)} WHERE {Column(entity, column.Name)} IN ({Parameters(batch.Count)})", batch, cancellationToken));
        visiting.Remove($"{entity.Name}:{column.Name}");
    }

    private static async Task<List<object>> InAsync(List<object> keys, Func<List<object>, Task<List<object>>> run)
    {
        var all = new List<object>();
        foreach (var batch in keys.Chunk(Batch))
        {
            all.AddRange(await run([.. batch]));
        }
        return all;
    }

    private static async Task<List<object>> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, List<object> values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return [];
    }

    private static async Task<List<object>> ReadAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<object> values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var read = new List<object>();
        while (await reader.ReadAsync(cancellationToken))
        {
            read.Add(reader.GetValue(0));
        }
        return read;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<object> values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Identifiers come from the EF model, values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"@p{i}"));

    private static string Table(IEntityType entity) =>
        entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";

    private static string Column(IEntityType entity, string property) =>
        $"\"{entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))}\"";
}
