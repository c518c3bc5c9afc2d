using System.Security.Cryptography;

namespace Vivier.Core.Alerts;

public enum AlertFrequency
{
    Daily,
    Weekly,
}

/// <summary>
/// A board search a person saved, with an e-mail alert of the missions published since the last
/// one. The unsubscribe token lets the mail's link stop it without signing in.
/// </summary>
public sealed class SavedSearch
{
    /// <summary>The query of the weekly alert of new missions that fit the person's profile (matching), not a board search.</summary>
    public const string ForYou = "pour-vous";

    public bool IsForYou => Query == ForYou;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid PersonId { get; init; }
    /// <summary>The board's query string, e.g. "?q=climat&amp;continent=Africa".</summary>
    public required string Query { get; init; }
    public required AlertFrequency Frequency { get; set; }
    public required DateTime CreatedAt { get; init; }
    /// <summary>Missions published after this instant are new to the person.</summary>
    public required DateTime LastSentAt { get; set; }
    public string UnsubscribeToken { get; init; } = WebSafe(RandomNumberGenerator.GetBytes(24));

    public bool IsDue(DateTime now) => now - LastSentAt >= (Frequency == AlertFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7));

    private static string WebSafe(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> search)
    {
        search.Property(s => s.Query).HasMaxLength(1000);
        search.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(10);
        search.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        search.HasIndex(s => s.UnsubscribeToken).IsUnique();
        search.HasIndex(s => s.PersonId);
        search.HasOne<Identity.Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
