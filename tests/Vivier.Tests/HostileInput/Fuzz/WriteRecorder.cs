using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vivier.Tests.HostileInput.Fuzz;

/// <summary>
/// Which tables each request changed, as the database saw it: every INSERT, UPDATE and DELETE the
/// app sends is noted against the request that sent it (the test names each request in a header),
/// and counted only once its transaction commits — a refusal that wrote and rolled back changed nothing.
/// </summary>
public sealed partial class WriteRecorder(IHttpContextAccessor http) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Header = "X-Fuzz-Request";

    /// <summary>
    /// Bookkeeping, not data: a replayable answer kept for an Idempotency-Key, the keys that sign
    /// cookies, and the audit log, which records refused attempts (a failed sign-in) on purpose.
    /// </summary>
    private static readonly HashSet<string> NotData = ["idempotent_requests", "data_protection_keys", "audit_entries"];

    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> committed = new();
    private readonly ConditionalWeakTable<DbTransaction, List<(string Request, string Table)>> pending = new();

    /// <summary>The tables the named request changed, data only.</summary>
    public IReadOnlyCollection<string> ChangedBy(string request) =>
        committed.TryGetValue(request, out var tables) ? tables.Where(t => !NotData.Contains(t)).Distinct().Order().ToList() : [];

    private void Note(DbCommand command)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is not { Length: > 0 } request)
        {
            return;
        }
        var tables = Writes().Matches(command.CommandText).Select(m => m.Groups["table"].Value.ToLowerInvariant()).ToList();
        if (tables.Count == 0)
        {
            return;
        }
        if (command.Transaction is { } transaction)
        {
            var list = pending.GetOrCreateValue(transaction);
            lock (list)
            {
                list.AddRange(tables.Select(t => (request, t)));
            }
        }
        else
        {
            Commit(tables.Select(t => (request, t)));
        }
    }

    private void Commit(IEnumerable<(string Request, string Table)> writes)
    {
        foreach (var (request, table) in writes)
        {
            committed.GetOrAdd(request, _ => []).Add(table);
        }
    }

    // "FOR UPDATE" locks and "DO UPDATE" (an upsert's second half, its INSERT already noted) are not writes of their own.
    [GeneratedRegex("""(?<!\b(?:FOR|DO)\s+)\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"?\w+"?\.)?"?(?<table>\w+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    // A statement run for its count (ExecuteUpdate, ExecuteDelete, raw SQL) changed something only if it touched a row.
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result > 0)
        {
            Note(command);
        }
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            Note(command);
        }
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Note(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (pending.TryGetValue(transaction, out var writes))
        {
            lock (writes)
            {
                Commit(writes);
                writes.Clear();
            }
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pending.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
