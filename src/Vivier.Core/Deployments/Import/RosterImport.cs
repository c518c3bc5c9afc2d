namespace Vivier.Core.Deployments.Import;

/// <summary>What a column of the spreadsheet can be.</summary>
public enum ImportField
{
    Email,
    GivenName,
    FamilyName,
    Kind,
    Country,
    HostInstitution,
    PostCode,
    PostTitle,
    Start,
    PlannedEnd,
    ActualEnd,
    Sponsors,
    Themes,
}

/// <summary>A problem with one row, in plain words: the line as the person numbers it, the field, the message key and its argument.</summary>
public sealed record ImportProblem(int Line, ImportField? Field, string MessageKey, string? Argument = null);

/// <summary>One row read and checked, ready to import.</summary>
public sealed record ImportRow(int Line, string Email, string GivenName, string FamilyName, ExpertKind Kind, string CountryCode, string HostInstitution,
    string? PostCode, string? PostTitle, DateOnly Start, DateOnly PlannedEnd, DateOnly? ActualEnd, IReadOnlyList<string> Sponsors, IReadOnlyList<string> Themes)
{
    /// <summary>The same person, post and start: the same deployment, whatever file it comes from again.</summary>
    public string ExternalKey => $"import|{Email.ToLowerInvariant()}|{(PostCode ?? HostInstitution).ToLowerInvariant()}|{Start:yyyy-MM-dd}";
}

/// <summary>What an import would do, or why it cannot: every row checked before anything is written.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool CanCommit => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>What an import did: deployments created, and rows already imported before (left as they are).</summary>
public sealed record ImportResult(int Created, int AlreadyThere, int PeopleCreated, int PostsCreated);

/// <summary>
/// Imports a programme's roster from a spreadsheet: columns mapped to fields, every row checked
/// (nothing is written while one is wrong), then everything written in one transaction — a failed
/// or interrupted import leaves nothing behind, and importing the same file twice duplicates no one.
/// </summary>
public sealed class RosterImport(VivierDb db)
{
    /// <summary>Header words that suggest each field (accents and case folded).</summary>
    private static readonly Dictionary<ImportField, string[]> Hints = new()
    {
        [ImportField.Email] = ["email", "e-mail", "courriel", "mail", "adresse"],
        [ImportField.GivenName] = ["prenom", "given", "first"],
        [ImportField.FamilyName] = ["nom", "family", "last", "surname"],
        [ImportField.Kind] = ["type", "kind", "dispositif", "categorie"],
        [ImportField.Country] = ["pays", "country", "territoire"],
        [ImportField.HostInstitution] = ["institution", "host", "accueil", "employeur"],
        [ImportField.PostCode] = ["code poste", "post code", "poste id", "code"],
        [ImportField.PostTitle] = ["intitule", "poste", "post", "title", "fonction"],
        [ImportField.Start] = ["debut", "start", "arrivee", "prise de poste"],
        [ImportField.PlannedEnd] = ["fin prevue", "planned end", "fin", "end"],
        [ImportField.ActualEnd] = ["fin reelle", "actual end", "fin effective", "depart"],
        [ImportField.Sponsors] = ["tutelle", "sponsor", "ministere", "financeur"],
        [ImportField.Themes] = ["thematique", "theme", "secteur", "sector"],
    };

    public static readonly IReadOnlyList<ImportField> Required =
        [ImportField.Email, ImportField.GivenName, ImportField.FamilyName, ImportField.Kind, ImportField.Country, ImportField.HostInstitution, ImportField.Start, ImportField.PlannedEnd];

    /// <summary>A first guess of the mapping from the headers; each column used once, the most specific hint first.</summary>
    public static Dictionary<ImportField, int> GuessMapping(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var folded = headers.Select(Fold).ToList();
        var mapping = new Dictionary<ImportField, int>();
        var candidates = Hints.SelectMany(h => h.Value.Select((hint, rank) => (Field: h.Key, Hint: hint, Rank: rank)))
            .OrderByDescending(c => c.Hint.Length).ThenBy(c => c.Rank);
        foreach (var (field, hint, _) in candidates)
        {
            if (mapping.ContainsKey(field))
            {
                continue;
            }
            var column = Enumerable.Range(0, folded.Count).FirstOrDefault(i => !mapping.ContainsValue(i) && folded[i].Contains(hint, StringComparison.Ordinal), -1);
            if (column >= 0)
            {
                mapping[field] = column;
            }
        }
        return mapping;
    }

    /// <summary>Checks every row against the mapping and the reference data.</summary>
    public async Task<ImportPlan> PlanAsync(Sheet sheet, IReadOnlyDictionary<ImportField, int> mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<ImportProblem>();
        foreach (var field in Required.Where(f => !mapping.ContainsKey(f)))
        {
            problems.Add(new ImportProblem(0, field, "Import.Problem.Unmapped"));
        }
        if (mapping.Values.GroupBy(v => v).Any(g => g.Count() > 1))
        {
            problems.Add(new ImportProblem(0, null, "Import.Problem.ColumnTwice"));
        }
        if (problems.Count > 0)
        {
            return new ImportPlan([], problems);
        }
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.NameFr, c.NameEn }).ToListAsync(cancellationToken);
        var countryByName = countries.SelectMany(c => new[] { (Key: c.Code.ToLowerInvariant(), c.Code), (Key: Fold(c.NameFr), c.Code), (Key: Fold(c.NameEn), c.Code) })
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Code);
        var sponsors = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Sponsor).Select(o => o.ShortName).ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().Select(t => new { t.Code, t.NameFr, t.NameEn }).ToListAsync(cancellationToken);
        var themeByName = themes.SelectMany(t => new[] { (Key: Fold(t.Code), t.Code), (Key: Fold(t.NameFr), t.Code), (Key: Fold(t.NameEn), t.Code) })
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Code);
        var rows = new List<ImportRow>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var line = i + 2;
            var cells = sheet.Rows[i];
            string Cell(ImportField field) => mapping.TryGetValue(field, out var column) && column >= 0 && column < cells.Count ? cells[column].Trim() : "";
            void Problem(ImportField field, string key, string? argument = null) => problems.Add(new ImportProblem(line, field, key, argument));
            string Text(ImportField field, int max)
            {
                var value = Cell(field);
                if (value.Length == 0 && Required.Contains(field)) { Problem(field, "Import.Problem.Missing"); }
                else if (value.Length > max) { Problem(field, "Import.Problem.TooLong", max.ToString(CultureInfo.InvariantCulture)); }
                return value;
            }
            DateOnly? Date(ImportField field)
            {
                var value = Cell(field);
                if (value.Length == 0)
                {
                    if (Required.Contains(field)) { Problem(field, "Import.Problem.Missing"); }
                    return null;
                }
                if (ParseDate(value) is { } day) { return day; }
                Problem(field, "Import.Problem.Date", value);
                return null;
            }
            var before = problems.Count;
            var email = Text(ImportField.Email, 256);
            if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
            {
                Problem(ImportField.Email, "Import.Problem.Email", email);
            }
            var given = Text(ImportField.GivenName, 100);
            var family = Text(ImportField.FamilyName, 100);
            var kindText = Cell(ImportField.Kind);
            ExpertKind? kind = Enum.TryParse<ExpertKind>(kindText, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kindText, out _) ? k : null;
            if (kind is null) { Problem(ImportField.Kind, kindText.Length == 0 ? "Import.Problem.Missing" : "Import.Problem.Kind", kindText); }
            var countryText = Cell(ImportField.Country);
            var country = countryByName.GetValueOrDefault(countryText.Length == 2 ? countryText.ToLowerInvariant() : Fold(countryText));
            if (country is null) { Problem(ImportField.Country, countryText.Length == 0 ? "Import.Problem.Missing" : "Import.Problem.Country", countryText); }
            var host = Text(ImportField.HostInstitution, 200);
            var postCode = Text(ImportField.PostCode, Post.MaxCode);
            var postTitle = Text(ImportField.PostTitle, 200);
            var start = Date(ImportField.Start);
            var plannedEnd = Date(ImportField.PlannedEnd);
            var actualEnd = Date(ImportField.ActualEnd);
            if (start is { } s && plannedEnd is { } e && e < s) { Problem(ImportField.PlannedEnd, "Import.Problem.EndBeforeStart"); }
            if (start is { } s2 && actualEnd is { } a && (a < s2 || (plannedEnd is { } p && a > p))) { Problem(ImportField.ActualEnd, "Import.Problem.ActualEnd"); }
            var sponsorNames = Split(Cell(ImportField.Sponsors));
            foreach (var unknown in sponsorNames.Where(n => !sponsors.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                Problem(ImportField.Sponsors, "Import.Problem.Sponsor", unknown);
            }
            var themeCodes = new List<string>();
            foreach (var name in Split(Cell(ImportField.Themes)))
            {
                if (themeByName.TryGetValue(Fold(name), out var code)) { themeCodes.Add(code); } else { Problem(ImportField.Themes, "Import.Problem.Theme", name); }
            }
            if (problems.Count > before)
            {
                continue;
            }
            var row = new ImportRow(line, email, given, family, kind!.Value, country!, host, postCode.Length == 0 ? null : postCode, postTitle.Length == 0 ? null : postTitle,
                start!.Value, plannedEnd!.Value, actualEnd, sponsorNames.Select(n => sponsors.First(x => string.Equals(x, n, StringComparison.OrdinalIgnoreCase))).ToList(), themeCodes.Distinct().ToList());
            if (seen.TryGetValue(row.ExternalKey, out var first))
            {
                problems.Add(new ImportProblem(line, null, "Import.Problem.Repeated", first.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            seen[row.ExternalKey] = line;
            rows.Add(row);
        }
        return new ImportPlan(rows, problems);
    }

    /// <summary>Writes a plan without problems in one transaction; rows imported before are left as they are.</summary>
    public async Task<ImportResult> CommitAsync(ImportPlan plan, Guid actorId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.CanCommit)
        {
            throw new InvalidOperationException("An import with problems is never written.");
        }
        var today = ParisTime.Today(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keys = plan.Rows.Select(r => r.ExternalKey).ToList();
        var existing = (await db.Deployments.Where(d => d.ExternalKey != null && keys.Contains(d.ExternalKey)).Select(d => d.ExternalKey!).ToListAsync(cancellationToken)).ToHashSet();
        var emails = plan.Rows.Select(r => r.Email.ToUpperInvariant()).Distinct().ToList();
        var people = await db.Users.Where(p => emails.Contains(p.NormalizedEmail!)).ToDictionaryAsync(p => p.NormalizedEmail!, cancellationToken);
        var codes = plan.Rows.Where(r => r.PostCode is not null).Select(r => r.PostCode!).Distinct().ToList();
        var posts = await db.Posts.Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var sponsors = await db.Organisations.Where(o => o.Kind == OrganisationKind.Sponsor).ToDictionaryAsync(o => o.ShortName, cancellationToken);
        var themes = await db.Themes.ToDictionaryAsync(t => t.Code, cancellationToken);
        var history = await db.Deployments.Where(d => d.Status != DeploymentStatus.Cancelled).Select(d => d.PersonId).Distinct().ToListAsync(cancellationToken);
        var deployedBefore = history.ToHashSet();
        var (created, peopleCreated, postsCreated) = (0, 0, 0);
        // In order of start, so that the first-deployment flag follows each person's history.
        foreach (var row in plan.Rows.Where(r => !existing.Contains(r.ExternalKey)).OrderBy(r => r.Start))
        {
            var normalized = row.Email.ToUpperInvariant();
            if (!people.TryGetValue(normalized, out var person))
            {
                person = new Person
                {
                    UserName = row.Email, NormalizedUserName = normalized, Email = row.Email, NormalizedEmail = normalized, EmailConfirmed = false,
                    SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
                    GivenName = row.GivenName, FamilyName = row.FamilyName, CreatedAt = now,
                };
                db.Users.Add(person);
                people[normalized] = person;
                peopleCreated++;
            }
            Post? post = null;
            if (row.PostCode is { } code && !posts.TryGetValue(code, out post))
            {
                post = new Post { Code = code, Title = row.PostTitle ?? row.HostInstitution, Kind = row.Kind, CountryCode = row.CountryCode, HostInstitution = row.HostInstitution };
                db.Posts.Add(post);
                posts[code] = post;
                postsCreated++;
            }
            var deployment = new Deployment
            {
                PersonId = person.Id, PostId = post?.Id, ExternalKey = row.ExternalKey, Kind = row.Kind, CountryCode = row.CountryCode, HostInstitution = row.HostInstitution,
                Sponsors = row.Sponsors.Select(s => sponsors[s]).ToList(), Themes = row.Themes.Select(t => themes[t]).ToList(),
                PlannedStart = row.Start, PlannedEnd = row.PlannedEnd, IsFirstDeployment = deployedBefore.Add(person.Id), CreatedAt = now,
            };
            if (today >= row.Start)
            {
                deployment.Depart();
                if (row.ActualEnd is { } last && last < row.PlannedEnd)
                {
                    deployment.EndEarly(last, "Import");
                }
                else if (row.ActualEnd is not null || today > row.PlannedEnd)
                {
                    deployment.Finish();
                }
            }
            db.Deployments.Add(deployment);
            db.DeploymentEvents.Add(new DeploymentEvent { DeploymentId = deployment.Id, At = now, ActorId = actorId, Action = DeploymentEvent.Imported, Detail = $"ligne {row.Line}" });
            created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(created, plan.Rows.Count - created, peopleCreated, postsCreated);
    }

    private static string[] Split(string text) => text.Split([',', ';', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>YYYY-MM-DD, DD/MM/YYYY, or a spreadsheet's day number (days since 1899-12-30).</summary>
    private static DateOnly? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2_958_465
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;
    }

    /// <summary>Lower case, accents removed, for matching headers and names.</summary>
    private static string Fold(string text)
    {
        var decomposed = (text ?? "").Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).Replace('’', '\'');
    }
}
