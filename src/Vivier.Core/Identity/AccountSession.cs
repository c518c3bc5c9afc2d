namespace Vivier.Core.Identity;

/// <summary>How a session proves itself on each request.</summary>
public enum SessionKind
{
    /// <summary>A browser's session cookie.</summary>
    Cookie,
    /// <summary>An API client's bearer and refresh tokens (one family of refresh tokens).</summary>
    Bearer,
}

/// <summary>
/// One signed-in session, listed to its owner (/compte) who can end it. Its id travels in the
/// cookie or the tokens; a session that has ended signs nothing in any more, on any instance.
/// </summary>
public sealed class AccountSession
{
    public const int MaxDevice = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    public required SessionKind Kind { get; init; }
    /// <summary>What the client said it is (its User-Agent), cut to <see cref="MaxDevice"/>.</summary>
    public required string Device { get; init; }
    /// <summary>A hash of the device cookie (browsers) or of the User-Agent (API clients): how a new device is recognised.</summary>
    public required string DeviceKey { get; init; }
    public string? IpAddress { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime LastSeenAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>Why it ended: signed-out, ended-by-owner, refresh-token-reused…</summary>
    public string? EndReason { get; set; }
}

/// <summary>
/// One refresh token of a bearer session. Each is used once: refreshing spends it and issues the
/// next; a spent one sent again means it was stolen, and ends every bearer session of its owner.
/// </summary>
public sealed class RefreshGrant
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid SessionId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? UsedAt { get; set; }
}

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> session)
    {
        session.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        session.Property(s => s.Device).HasMaxLength(AccountSession.MaxDevice);
        session.Property(s => s.DeviceKey).HasMaxLength(64);
        session.Property(s => s.IpAddress).HasMaxLength(45);
        session.Property(s => s.EndReason).HasMaxLength(40);
        session.HasIndex(s => new { s.PersonId, s.EndedAt });
    }
}

internal sealed class RefreshGrantConfiguration : IEntityTypeConfiguration<RefreshGrant>
{
    public void Configure(EntityTypeBuilder<RefreshGrant> grant)
    {
        grant.HasOne<AccountSession>().WithMany().HasForeignKey(g => g.SessionId).OnDelete(DeleteBehavior.Cascade);
        grant.HasIndex(g => g.SessionId);
    }
}
