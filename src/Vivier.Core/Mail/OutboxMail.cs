namespace Vivier.Core.Mail;

/// <summary>
/// A mail waiting to be sent, written in the same transaction as the change that causes it, so a
/// crash or a mail server outage never loses one. The sender delivers it at least once, always
/// with the same Message-ID, so receiving servers can drop a repeat.
/// </summary>
public sealed class OutboxMail
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public required string HtmlBody { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    public string MessageId => $"{Id:N}@vivier";

    /// <summary>Waits longer after each failure: 30 s, 1 min, 2 min… up to an hour.</summary>
    public void Failed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        var wait = TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Attempts - 1), 3600));
        NextAttemptAt = now + wait;
    }

    public void Sent(DateTime now)
    {
        SentAt = now;
        LastError = null;
    }
}
