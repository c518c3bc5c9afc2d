using Microsoft.AspNetCore.Identity;
using Vivier.Core.Database;

namespace Vivier.Core.Identity;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("people");
        person.Property(p => p.GivenName).HasMaxLength(100).SortsInFrench();
        person.Property(p => p.FamilyName).HasMaxLength(100).SortsInFrench();
        person.Property(p => p.PreferredLanguage).HasConversion(LocaleColumn.Converter).HasMaxLength(2);
        person.Property(p => p.PrivacyConsentVersion).HasMaxLength(20);
        person.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        person.Ignore(p => p.FullName);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(200).SortsInFrench();
        organisation.Property(o => o.ShortName).HasMaxLength(50);
        organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        organisation.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength();
        organisation.HasIndex(o => o.ShortName).IsUnique();
        organisation.HasOne<ReferenceData.Country>().WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The roles exist in every database, with fixed ids so migrations stay stable.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> role)
    {
        role.ToTable("roles");
        role.HasData(Roles.All.Select((name, i) => new IdentityRole<Guid>
        {
            Id = new Guid($"00000000-0000-0000-0000-0000000000{i + 1:D2}"),
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = name,
        }));
    }
}

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserRole<Guid>>, IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>, IEntityTypeConfiguration<IdentityUserToken<Guid>>,
    IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> builder) => builder.ToTable("person_roles");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("person_claims");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("person_logins");
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("person_tokens");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> builder) => builder.ToTable("role_claims");
}

/// <summary>
/// Passkeys (WebAuthn credentials), as Identity's third schema maps them. Mapped here rather than by
/// choosing that schema in the options, which the model would then depend on: a context made without
/// the application's services (the migrations' design-time factory) would build another model.
/// </summary>
internal sealed class PasskeyConfiguration : IEntityTypeConfiguration<IdentityUserPasskey<Guid>>
{
    /// <summary>The WebAuthn specification bounds a credential id to 1,023 bytes.</summary>
    private const int MaxCredentialIdLength = 1024;

    public void Configure(EntityTypeBuilder<IdentityUserPasskey<Guid>> passkey)
    {
        passkey.ToTable("person_passkeys");
        passkey.HasKey(p => p.CredentialId);
        passkey.Property(p => p.CredentialId).HasMaxLength(MaxCredentialIdLength);
        passkey.HasOne<Person>().WithMany().HasForeignKey(p => p.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        passkey.OwnsOne(p => p.Data).ToJson();
    }
}
