using Microsoft.AspNetCore.Identity;

namespace Vivier.Core.Demo;

/// <summary>
/// The demo: everything `dotnet run` shows on a fresh database, in one place, loaded once
/// (Vivier:DemoData=true, as in Development). Deterministic: no clock, no randomness without a
/// fixed seed. The figures it must show are pinned in tests/Vivier.Tests/DemoDataContractTests.cs.
/// </summary>
public static class DemoData
{
    public const string Password = "Vivier-Demo-2024!";

    /// <summary>The demo accounts, their roles and the organisation they speak for (by short name).</summary>
    public static readonly (string Email, string GivenName, string FamilyName, string[] Roles, string? Organisation)[] Accounts =
    [
        ("admin@vivier.test", "Aline", "Marchand", [Roles.Admin], null),
        ("recruteur@vivier.test", "Romain", "Lefèvre", [Roles.Recruiter], null),
        ("suivi@vivier.test", "Sophie", "Nguyen", [Roles.ProgrammeManager], null),
        ("meae@vivier.test", "Mathieu", "Durand", [Roles.Sponsor], "MEAE"),
        ("tresor@vivier.test", "Claire", "Bertin", [Roles.Sponsor], "DG Trésor"),
        ("partenaire@vivier.test", "Nadia", "Haddad", [Roles.Partner], "EgSA"),
        ("expert@vivier.test", "Élise", "Garnier", [Roles.Expert], null),
    ];

    public static readonly Organisation[] Organisations =
    [
        new() { Name = "Ministère de l'Europe et des Affaires étrangères", ShortName = "MEAE", Kind = OrganisationKind.Sponsor, CountryCode = "FR" },
        new() { Name = "Direction générale du Trésor", ShortName = "DG Trésor", Kind = OrganisationKind.Sponsor, CountryCode = "FR" },
        new() { Name = "Agence spatiale égyptienne", ShortName = "EgSA", Kind = OrganisationKind.HostInstitution, CountryCode = "EG" },
        new() { Name = "Ministère des Finances et du Budget du Tchad", ShortName = "MFB Tchad", Kind = OrganisationKind.HostInstitution, CountryCode = "TD" },
        new() { Name = "Ministère de l'Environnement d'Angola", ShortName = "MINAMB", Kind = OrganisationKind.HostInstitution, CountryCode = "AO" },
        new() { Name = "Ministère de la Culture, des Sports et du Tourisme du Viêt Nam", ShortName = "MCST", Kind = OrganisationKind.HostInstitution, CountryCode = "VN" },
    ];

    /// <summary>Loads the demo; <paramref name="snapshot"/> freezes a profile as an application sends it.</summary>
    public static async Task SeedAsync(VivierDb db, IPasswordHasher<Person> hasher, DateTime now,
        Func<Person, Candidates.CandidateProfile, Files.StoredFile?, string> snapshot, CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisations = Organisations.Select(o => new Organisation { Name = o.Name, ShortName = o.ShortName, Kind = o.Kind, CountryCode = o.CountryCode })
            .ToDictionary(o => o.ShortName);
        db.Organisations.AddRange(organisations.Values);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        // Hashing costs tens of milliseconds: once for every demo account, not once each.
        var hash = hasher.HashPassword(null!, Password);
        foreach (var (email, givenName, familyName, roles, organisation) in Accounts)
        {
            var person = new Person
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                GivenName = givenName,
                FamilyName = familyName,
                OrganisationId = organisation is null ? null : organisations[organisation].Id,
                CreatedAt = now,
                IsDemo = true,
            };
            db.Users.Add(person);
            db.UserRoles.AddRange(roles.Select(role => new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roleIds[role] }));
        }
        await db.SaveChangesAsync(cancellationToken);
        await DemoMissions.SeedAsync(db, now, cancellationToken);
        await DemoCandidates.SeedExpertAsync(db, await db.Users.SingleAsync(p => p.Email == "expert@vivier.test", cancellationToken), now, cancellationToken);
        await DemoCandidates.SeedAsync(db, now, cancellationToken);
        await DemoApplications.SeedAsync(db, now, snapshot, cancellationToken);
        await DemoRoster.SeedAsync(db, now, cancellationToken);
        await DemoEvents.SeedAsync(db, now, cancellationToken);
        await DemoMatching.SeedAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
