using Vivier.Core.Candidates;
using Vivier.Core.Candidates.Europass;

namespace Vivier.Web.Features.Profile;

/// <summary>
/// /profil: the candidate's whole profile in one form (GOV.UK patterns, no script needed), the CV,
/// who opened it, and a Europass import that fills the form for review before anything is saved.
/// </summary>
[Authorize(Roles = Roles.Expert)]
public sealed class IndexModel(VivierDb db, CandidateProfiles profiles, PdfLimits pdfLimits, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Blank rows offered under each list, to add entries without script.</summary>
    public const int BlankRows = 2;

    [BindProperty]
    public ProfileDocument Input { get; set; } = new();

    public IReadOnlyList<Country> Countries { get; private set; } = [];
    public IReadOnlyList<Language> Languages { get; private set; } = [];
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public IReadOnlyList<Sector> Sectors { get; private set; } = [];
    public IReadOnlyList<string> SkillSuggestions { get; private set; } = [];
    public IReadOnlyList<CvView> CvViews { get; private set; } = [];
    public CvSummary? Cv { get; private set; }
    /// <summary>Set when the form shows a Europass proposal to review.</summary>
    public EuropassProposal? Imported { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The application the person left to complete their profile (its CV, most often): the page leads back to it.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Back => Account.ReturnPath.Local(ReturnUrl);


    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = (await profiles.ReadAsync(User.PersonId(), withGender: true, cancellationToken))!;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ForgetBlankRows();
        var document = WithoutBlankRows(Input);
        if (ModelState.IsValid)
        {
            var (saved, refusals) = await profiles.SaveAsync(User.PersonId(), document, cancellationToken);
            if (saved is not null)
            {
                return Redirect("/profil?done=saved" + Account.ReturnPath.Query(ReturnUrl, '&'));
            }
            foreach (var refusal in refusals)
            {
                ModelState.AddModelError(FieldName(refusal.Field ?? ""), refusal.MessageOf(l));
            }
        }
        Input = document;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCvAsync(IFormFile? cvFile, CancellationToken cancellationToken)
    {
        string? problem = "Cv.Problem.Missing";
        if (cvFile is not null)
        {
            await using var stream = cvFile.OpenReadStream();
            (_, problem) = await profiles.StoreCvAsync(User.PersonId(), stream, cvFile.FileName, cancellationToken);
        }
        if (problem is null)
        {
            return Redirect("/profil?done=cv" + Account.ReturnPath.Query(ReturnUrl, '&') + "#cv");
        }
        ModelState.AddModelError("cvFile", l[problem, InputLimits.Megabytes(pdfLimits.MaxBytes)]);
        Input = (await profiles.ReadAsync(User.PersonId(), withGender: true, cancellationToken))!;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEuropassAsync(IFormFile? europassFile, CancellationToken cancellationToken)
    {
        var current = (await profiles.ReadAsync(User.PersonId(), withGender: true, cancellationToken))!;
        string? refusal = l["Europass.Refused.Missing"];
        if (europassFile is not null)
        {
            try
            {
                Imported = await profiles.ProposeAsync(User.PersonId(), europassFile, note => ProfileMessages.Note(note, l), cancellationToken);
                refusal = null;
            }
            catch (EuropassRefusedException refused)
            {
                refusal = l[refused.MessageKey, [.. refused.Arguments]];
            }
        }
        // The form is clear: what is shown is either the proposal or, refused, the profile as saved.
        ModelState.Clear();
        if (refusal is not null)
        {
            ModelState.AddModelError("europassFile", refusal);
        }
        Input = Imported?.Profile ?? current;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>"employment[0].from" (the API's name) as the form's field name, "Input.Employment[0].From".</summary>
    public static string FieldName(string field) =>
        "Input." + string.Join('.', (field ?? "").Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The rows left blank are not entries: what binding said of them (a title required…) is dropped.</summary>
    private void ForgetBlankRows()
    {
        var blank = new HashSet<string>(StringComparer.Ordinal);
        void Mark<T>(string list, List<T> rows, Func<T, bool> isBlank)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (isBlank(rows[i]))
                {
                    blank.Add($"Input.{list}[{i}].");
                }
            }
        }
        Mark("Languages", Input.Languages, x => string.IsNullOrWhiteSpace(x.Code));
        Mark("CountriesWorked", Input.CountriesWorked, x => string.IsNullOrWhiteSpace(x.CountryCode));
        Mark("Education", Input.Education, x => string.IsNullOrWhiteSpace(x.Title) && string.IsNullOrWhiteSpace(x.Organisation));
        Mark("Employment", Input.Employment, x => string.IsNullOrWhiteSpace(x.Position) && string.IsNullOrWhiteSpace(x.Employer));
        foreach (var key in ModelState.Keys.Where(k => blank.Any(prefix => k.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            ModelState.Remove(key);
        }
    }

    private static ProfileDocument WithoutBlankRows(ProfileDocument input) => input with
    {
        Nationalities = input.Nationalities.Where(n => !string.IsNullOrWhiteSpace(n)).ToList(),
        Languages = input.Languages.Where(x => !string.IsNullOrWhiteSpace(x.Code)).ToList(),
        Skills = input.Skills.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        CountriesWorked = input.CountriesWorked.Where(x => !string.IsNullOrWhiteSpace(x.CountryCode)).ToList(),
        Education = input.Education.Where(x => !string.IsNullOrWhiteSpace(x.Title) || !string.IsNullOrWhiteSpace(x.Organisation)).ToList(),
        Employment = input.Employment.Where(x => !string.IsNullOrWhiteSpace(x.Position) || !string.IsNullOrWhiteSpace(x.Employer)).ToList(),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Countries = (await db.Countries.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.Name(), StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true)).ToList();
        Languages = (await db.Languages.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(c => c.Name(), StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true)).ToList();
        Themes = (await db.Themes.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(t => t.Name(), StringComparer.Create(System.Globalization.CultureInfo.CurrentUICulture, true)).ToList();
        Sectors = await db.Sectors.AsNoTracking().Include(s => s.Category).Where(s => s.IsActive).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        // Suggestions: the skills other candidates already use (the lists are JSON; read and tallied here).
        SkillSuggestions = (await db.CandidateProfiles.AsNoTracking().OrderByDescending(p => p.UpdatedAt).Take(500).Select(p => p.Skills).ToListAsync(cancellationToken))
            .SelectMany(s => s).GroupBy(s => s, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Take(200).Select(g => g.Key).ToList();
        var saved = await profiles.ReadAsync(User.PersonId(), withGender: false, cancellationToken);
        Cv = saved?.Cv;
        CvViews = await profiles.CvViewsAsync(User.PersonId(), cancellationToken);
    }
}
