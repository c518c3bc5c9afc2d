namespace Vivier.Core.Inputs;

/// <summary>More bytes came out of a file (inflated streams, archive entries) than its budget allows.</summary>
public sealed class InflatedTooLargeException(long limit) : Exception($"The content inflates past {limit} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// Bytes a parser may produce from one file, all its parts together: an archive whose every entry
/// stays under a per-entry limit still stops at the document's.
/// </summary>
public sealed class ByteBudget(long limit)
{
    public long Limit { get; } = limit;
    public long Spent { get; private set; }

    /// <summary>Spends the bytes, or throws <see cref="InflatedTooLargeException"/> once past the limit.</summary>
    public void Spend(long bytes)
    {
        Spent += bytes;
        if (Spent > Limit)
        {
            throw new InflatedTooLargeException(Limit);
        }
    }
}

/// <summary>
/// A parser's time budget joined to its caller's cancellation (the request's, the job's). The
/// parser checks the token inside its loops, so the work really stops: nothing is left running.
/// </summary>
public sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly CancellationToken caller;

    public Deadline(TimeSpan limit, CancellationToken caller)
    {
        this.caller = caller;
        source = CancellationTokenSource.CreateLinkedTokenSource(caller);
        source.CancelAfter(limit);
    }

    public CancellationToken Token => source.Token;

    /// <summary>The work stopped because its time was up, not because the caller gave up.</summary>
    public bool Expired => source.IsCancellationRequested && !caller.IsCancellationRequested;

    public void Dispose() => source.Dispose();
}

/// <summary>
/// Reads an inner stream (an inflating one, typically) within a byte budget, checking for
/// cancellation at every read: a decompression bomb stops at the budget, a slow one at the deadline.
/// </summary>
public sealed class BudgetedStream(Stream inner, ByteBudget budget, CancellationToken cancellationToken) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var read = inner.Read(buffer);
        budget.Spend(read);
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
