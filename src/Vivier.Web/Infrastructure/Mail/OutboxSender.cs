namespace Vivier.Web.Infrastructure.Mail;

/// <summary>
/// Sends the outbox: every poll interval, under a lease so that one instance of a cluster sends at
/// a time, each due mail is delivered and marked sent, or marked failed and retried later.
/// </summary>
public sealed class OutboxSender(JobServices jobs) : LeasedJob(Schedule, jobs)
{
    public static readonly JobSchedule Schedule = new("outbox-mail", TimeSpan.FromMinutes(2), "Mail:PollInterval", TimeSpan.FromSeconds(5));
    private const int Batch = 50;

    protected override async Task<int> WorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VivierDb>();
        var transport = services.GetRequiredService<MailTransport>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMails.Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(Batch).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var mail in due)
        {
            try
            {
                await transport.SendAsync(mail, cancellationToken);
                mail.Sent(Clock.GetUtcNow().UtcDateTime);
                delivered++;
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException
                                          or System.Net.Sockets.SocketException or TimeoutException or UnauthorizedAccessException)
            {
                mail.Failed(e.Message, Clock.GetUtcNow().UtcDateTime);
                Logger.LogWarning("Mail {MessageId} not delivered (attempt {Attempts}): {Error}", mail.MessageId, mail.Attempts, e.Message);
            }
            // Saved one by one: a crash after a delivery loses at most that mail's "sent" mark, never a mail.
            await db.SaveChangesAsync(cancellationToken);
        }
        return delivered;
    }
}
