using System.Text.Json.Serialization;

namespace Vivier.Core.Privacy;

/// <summary>The rights a person exercises (GDPR articles 15 to 21).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataRequestKind>))]
public enum DataRequestKind
{
    Access,
    Rectification,
    Erasure,
    Objection,
}

[JsonConverter(typeof(JsonStringEnumConverter<DataRequestStatus>))]
public enum DataRequestStatus
{
    /// <summary>Waiting for the person to confirm it from the link mailed to them.</summary>
    AwaitingConfirmation,
    Open,
    Done,
}

/// <summary>
/// One request in the register of data-rights requests: who (by id alone, so the record outlives
/// an erasure), what, when it came, and the answer due a month later (GDPR article 12(3)). An
/// erasure is confirmed from a single-use link before it is done.
/// </summary>
public sealed class DataRequest
{
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromHours(24);

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    public required DataRequestKind Kind { get; init; }
    public required DateTime ReceivedAt { get; init; }
    public DataRequestStatus Status { get; private set; }
    /// <summary>The hash of the confirmation link's token; null once used or for a request without one.</summary>
    public string? TokenHash { get; private set; }
    public DateTime? DoneAt { get; private set; }
    /// <summary>Who at the agency answered it, and what they answered (for requests the register's officer handles).</summary>
    public Guid? DoneBy { get; private set; }
    public string? Answer { get; private set; }

    public const int MaxAnswer = 1000;

    /// <summary>The answer is due one month after the request came (the month as calendars count it).</summary>
    public DateTime DueAt => ReceivedAt.AddMonths(1);

    public static DataRequest AwaitingConfirmation(Guid personId, DataRequestKind kind, string tokenHash, DateTime now) =>
        new() { PersonId = personId, Kind = kind, ReceivedAt = now, Status = DataRequestStatus.AwaitingConfirmation, TokenHash = tokenHash };

    public bool CanConfirm(DateTime now) => Status == DataRequestStatus.AwaitingConfirmation && now - ReceivedAt <= ConfirmationLifetime;

    /// <summary>The person confirmed it but it cannot be carried out yet (a legal hold): it stays open for the data protection officer, its link spent.</summary>
    public void Confirmed() => (Status, TokenHash) = (DataRequestStatus.Open, null);

    /// <summary>An objection takes effect when it is made: it enters the register done.</summary>
    public static DataRequest DoneAtOnce(Guid personId, DataRequestKind kind, DateTime now) =>
        new() { PersonId = personId, Kind = kind, ReceivedAt = now, Status = DataRequestStatus.Done, DoneAt = now };

    /// <summary>The data protection officer answered an open request.</summary>
    public void Answered(DateTime now, Guid by, string answer) => (Status, DoneAt, DoneBy, Answer, TokenHash) = (DataRequestStatus.Done, now, by, answer, null);

    /// <summary>The request was carried out: its link is spent.</summary>
    public void Done(DateTime now) => (Status, DoneAt, TokenHash) = (DataRequestStatus.Done, now, null);
}

internal sealed class DataRequestConfiguration : IEntityTypeConfiguration<DataRequest>
{
    public void Configure(EntityTypeBuilder<DataRequest> request)
    {
        request.ToTable("data_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
        request.Property(r => r.TokenHash).HasMaxLength(64);
        request.Property(r => r.Answer).HasMaxLength(DataRequest.MaxAnswer);
        request.HasIndex(r => new { r.Status, r.ReceivedAt });
        request.HasIndex(r => r.TokenHash).IsUnique();
        request.HasIndex(r => r.PersonId);
        request.Ignore(r => r.DueAt);
    }
}
