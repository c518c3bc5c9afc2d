namespace Vivier.Core.Identity;

/// <summary>
/// A passkey ceremony that has been answered, kept until its state would have expired anyway: the
/// same answer, sent again with the same state (a request copied from a log or a proxy), finds it
/// here and is refused, on every instance. The signature counter cannot tell: synced passkeys keep it at zero.
/// </summary>
public sealed class SpentPasskeyCeremony
{
    /// <summary>SHA-256 of the ceremony's sealed state, in hexadecimal.</summary>
    public required string Id { get; init; }
    public required DateTime ExpiresAt { get; init; }
}

internal sealed class SpentPasskeyCeremonyConfiguration : IEntityTypeConfiguration<SpentPasskeyCeremony>
{
    public void Configure(EntityTypeBuilder<SpentPasskeyCeremony> ceremony)
    {
        ceremony.Property(c => c.Id).HasMaxLength(64);
        ceremony.HasIndex(c => c.ExpiresAt);
    }
}
