using Vivier.Core.Candidates;
using Vivier.Core.Candidates.Europass;
using Vivier.Core.Files;
using Vivier.Core.Files.Pdf;

namespace Vivier.Web.Features.Profile;

/// <summary>Reads, checks and saves candidates' profiles and CVs; every rule is in <see cref="ProfileRules"/>.</summary>
public sealed class CandidateProfiles(VivierDb db, TimeProvider clock, AuditTrail audit, EuropassLimits europassLimits)
{
    public async Task<ProfileDocument?> ReadAsync(Guid personId, bool withGender, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var profile = await db.CandidateProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        var cv = profile?.CvFileId is { } fileId ? await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken) : null;
        return Document(person, profile ?? CandidateProfile.Unsaved(personId), cv, withGender);
    }

    /// <summary>Saves the whole document, or nothing: the refusals, or a conflict when someone saved in between.</summary>
    public async Task<(ProfileDocument? Saved, IReadOnlyList<Refusal> Refusals)> SaveAsync(Guid personId, ProfileDocument document,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var person = await db.Users.SingleAsync(p => p.Id == personId, cancellationToken);
        var profile = await db.CandidateProfiles.SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        var isNew = profile is null;
        profile ??= CandidateProfile.Unsaved(personId);
        if (document.Version is { } expected && expected != profile.Version)
        {
            return (null, [Refusal.Conflict("Profile.Conflict", "version")]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Apply(document, profile, now);
        var refusals = ProfileRules.Check(document.GivenName?.Trim(), document.FamilyName?.Trim(), profile, await ReferencesAsync(cancellationToken));
        if (refusals.Count > 0)
        {
            return (null, refusals);
        }
        person.GivenName = document.GivenName!.Trim();
        person.FamilyName = document.FamilyName!.Trim();
        profile.Changed(now);
        await Consents.SetAsync(db, personId, ConsentKind.TalentPool, profile.TalentPoolConsentAt is not null, ConsentChannel.ProfileForm, now, cancellationToken: cancellationToken);
        if (isNew)
        {
            db.CandidateProfiles.Add(profile);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Two first saves at once: the other one won; this one is a conflict like any other.
            return (null, [Refusal.Conflict("Profile.Conflict", "version")]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, [Refusal.Conflict("Profile.Conflict", "version")]);
        }
        return (await ReadAsync(personId, withGender: true, cancellationToken), []);
    }

    /// <summary>Checks and stores a CV, queued for text extraction; the message key of the problem otherwise.</summary>
    public async Task<(CvSummary? Cv, string? Problem)> StoreCvAsync(Guid personId, Stream upload, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        byte[] content;
        try
        {
            content = await FileStore.ReadAtMostAsync(upload, europassLimits.Pdf.MaxBytes, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            return (null, "Cv.Problem.TooLarge");
        }
        if (PdfCheck.Problem(content) is { } problem)
        {
            return (null, problem);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.CandidateProfiles.SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (profile is null)
        {
            profile = new CandidateProfile { PersonId = personId, UpdatedAt = now };
            db.CandidateProfiles.Add(profile);
        }
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName));
        var file = db.Store(content, $"{(name.Length > 0 ? name : "cv")}.pdf", "application/pdf", personId, now);
        profile.AttachCv(file.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return (new CvSummary(file.Id, file.FileName, file.Length, file.CreatedAt, profile.CvTextStatus, null), null);
    }

    /// <summary>A person's CV file, when there is one.</summary>
    public async Task<StoredFile?> CvFileAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.CandidateProfiles.Where(p => p.PersonId == personId && p.CvFileId != null)
            .Join(db.StoredFiles, p => p.CvFileId, f => f.Id, (p, f) => f).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Every time someone other than the person opened their data (a CV or another of their files,
    /// their profile, an application folder, a visa letter), newest first, by the audit log.
    /// </summary>
    public async Task<List<CvView>> CvViewsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var views = await db.AuditEntries.AsNoTracking()
            .Where(e => e.PersonId == personId && AuditActions.Readings.Contains(e.Action) && e.ActorId != personId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => new { e.At, e.ActorId, e.ActorEmail, e.Action }).Take(200).ToListAsync(cancellationToken);
        var ids = views.Where(v => v.ActorId != null).Select(v => v.ActorId!.Value).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.GivenName + " " + u.FamilyName, cancellationToken);
        return views.ConvertAll(v => new CvView(v.At, v.ActorId is { } id && names.TryGetValue(id, out var name) ? name : v.ActorEmail, v.Action));
    }

    /// <summary>Staff open a candidate's CV: the audit log says who and when.</summary>
    public async Task<(StoredFile File, byte[] Content)?> OpenCvForStaffAsync(Guid personId, CancellationToken cancellationToken)
    {
        var file = await CvFileAsync(personId, cancellationToken);
        if (file is null)
        {
            return null;
        }
        var content = await db.StoredFileContents.Where(c => c.FileId == file.Id).Select(c => c.Content).SingleAsync(cancellationToken);
        await audit.RecordNowAsync(AuditActions.CvViewed, file.Id.ToString(), file.FileName, personId: personId);
        return (file, content);
    }

    /// <summary>The current profile with what the uploaded Europass file says in place of its parts; nothing is saved.</summary>
    public async Task<EuropassProposal> ProposeAsync(Guid personId, IFormFile file, Func<ImportNote, string> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(describe);
        byte[] content;
        try
        {
            await using var upload = file.OpenReadStream();
            content = await FileStore.ReadAtMostAsync(upload, europassLimits.MaxFileBytes, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            throw new EuropassRefusedException("Europass.Refused.TooLarge", InputLimits.Megabytes(europassLimits.MaxFileBytes));
        }
        var imported = EuropassImport.Read(content, europassLimits, cancellationToken);
        var current = await ReadAsync(personId, withGender: true, cancellationToken) ?? throw new InvalidOperationException("No such person.");
        var references = await ReferencesAsync(cancellationToken);
        var notes = imported.Notes.Select(describe).ToList();
        // Codes the reference data does not know are left out, and said so.
        List<string> Known(IEnumerable<string> codes, IReadOnlySet<string> known, string key) =>
            codes.Where(c => known.Contains(c) || Note(key, c)).ToList();
        bool Note(string key, string value)
        {
            notes.Add(describe(new ImportNote(key, value)));
            return false;
        }
        string? KnownCountry(string? code)
        {
            if (code is null || references.Countries.Contains(code))
            {
                return code;
            }
            Note("Europass.Note.Country", code);
            return null;
        }
        var proposal = current with
        {
            GivenName = imported.GivenName ?? current.GivenName,
            FamilyName = imported.FamilyName ?? current.FamilyName,
            Phone = imported.Phone ?? current.Phone,
            ContactEmail = imported.Email ?? current.ContactEmail,
            Nationalities = imported.Nationalities.Count > 0 ? Known(imported.Nationalities, references.Countries, "Europass.Note.Nationality") : current.Nationalities,
            ResidenceCountry = KnownCountry(imported.ResidenceCountryCode) ?? current.ResidenceCountry,
            Gender = imported.Gender ?? current.Gender,
            Languages = imported.Languages.Count > 0
                ? imported.Languages.Where(l => references.Languages.Contains(l.Code) || Note("Europass.Note.Language", l.Code)).ToList()
                : current.Languages,
            Education = imported.Education.Count > 0
                ? imported.Education.Select(e => { e.CountryCode = KnownCountry(e.CountryCode); return e; }).ToList()
                : current.Education,
            Employment = imported.Employment.Count > 0
                ? imported.Employment.Select(e => { e.CountryCode = KnownCountry(e.CountryCode); return e; }).ToList()
                : current.Employment,
        };
        return new EuropassProposal(imported.Format, proposal, notes);
    }

    private async Task<ProfileReferences> ReferencesAsync(CancellationToken cancellationToken) => new(
        (await db.Countries.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Languages.Select(l => l.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Sectors.Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Themes.Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

    private static void Apply(ProfileDocument document, CandidateProfile profile, DateTime now)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        static List<string> Codes(IEnumerable<string>? codes, bool upper) =>
            (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => upper ? c.Trim().ToUpperInvariant() : c.Trim()).ToList();
        profile.Phone = Clean(document.Phone);
        profile.ContactEmail = Clean(document.ContactEmail);
        profile.Nationalities = Codes(document.Nationalities, upper: true);
        profile.ResidenceCountryCode = Clean(document.ResidenceCountry)?.ToUpperInvariant();
        profile.Gender = document.Gender;
        profile.Languages = (document.Languages ?? []).Select(l => l.MotherTongue
            ? new LanguageSkill { Code = l.Code?.Trim().ToLowerInvariant() ?? "", MotherTongue = true }
            : new LanguageSkill
            {
                Code = l.Code?.Trim().ToLowerInvariant() ?? "", Listening = l.Listening, Reading = l.Reading,
                SpokenInteraction = l.SpokenInteraction, SpokenProduction = l.SpokenProduction, Writing = l.Writing,
            }).ToList();
        profile.SectorCodes = Codes(document.Sectors, upper: false);
        profile.ThemeCodes = Codes(document.Themes, upper: false);
        profile.Skills = (document.Skills ?? []).Select(s => s?.Trim() ?? "").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        profile.CountriesWorked = (document.CountriesWorked ?? [])
            .Select(c => new CountryExperience { CountryCode = c.CountryCode?.Trim().ToUpperInvariant() ?? "", Years = c.Years }).ToList();
        profile.YearsOfExperience = document.YearsOfExperience;
        profile.Education = (document.Education ?? []).Select(e => new EducationEntry
        {
            Title = e.Title?.Trim() ?? "", Organisation = Clean(e.Organisation), EqfLevel = e.EqfLevel, From = Clean(e.From), To = Clean(e.To),
            CountryCode = Clean(e.CountryCode)?.ToUpperInvariant(),
        }).ToList();
        profile.Employment = (document.Employment ?? []).Select(e => new EmploymentEntry
        {
            Position = e.Position?.Trim() ?? "", Employer = Clean(e.Employer), From = Clean(e.From), To = Clean(e.To), Current = e.Current,
            City = Clean(e.City), CountryCode = Clean(e.CountryCode)?.ToUpperInvariant(), Description = Clean(e.Description),
        }).ToList();
        profile.AvailableFrom = document.AvailableFrom;
        profile.FrenchPublicEmployerSince = document.FrenchPublicEmployerSince;
        profile.Pitch = Clean(document.Pitch);
        profile.TalentPoolConsentAt = document.TalentPool ? profile.TalentPoolConsentAt ?? now : null;
    }

    /// <summary>The profile as an application freezes it (JSON, without the self-declared gender or a version).</summary>
    public static string Snapshot(Person person, CandidateProfile profile, StoredFile? cv) =>
        System.Text.Json.JsonSerializer.Serialize(Document(person, profile, cv, withGender: false) with { Version = null }, System.Text.Json.JsonSerializerOptions.Web);

    private static ProfileDocument Document(Person person, CandidateProfile profile, StoredFile? cv, bool withGender) => new()
    {
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        Email = person.Email,
        Phone = profile.Phone,
        ContactEmail = profile.ContactEmail,
        Nationalities = profile.Nationalities,
        ResidenceCountry = profile.ResidenceCountryCode,
        Gender = withGender ? profile.Gender : null,
        Languages = profile.Languages,
        Sectors = profile.SectorCodes,
        Themes = profile.ThemeCodes,
        Skills = profile.Skills,
        CountriesWorked = profile.CountriesWorked,
        YearsOfExperience = profile.YearsOfExperience,
        Education = profile.Education,
        Employment = profile.Employment,
        AvailableFrom = profile.AvailableFrom,
        FrenchPublicEmployerSince = profile.FrenchPublicEmployerSince,
        Pitch = profile.Pitch,
        TalentPool = profile.TalentPoolConsentAt is not null,
        TalentPoolConsentAt = profile.TalentPoolConsentAt,
        Cv = cv is null ? null : new CvSummary(cv.Id, cv.FileName, cv.Length, cv.CreatedAt, profile.CvTextStatus, profile.CvTextProblem),
        Version = profile.Version == Guid.Empty ? null : profile.Version,
    };
}
