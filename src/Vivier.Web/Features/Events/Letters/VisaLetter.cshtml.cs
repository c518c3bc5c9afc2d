using System.ComponentModel.DataAnnotations;
using Vivier.Web.Features.ReferenceData;

namespace Vivier.Web.Features.Events.Letters;

public sealed class VisaLetterForm
{
    [Display(Name = "Letters.Form.Nationality")] public string? Nationality { get; set; }
    [Display(Name = "Letters.Form.PassportNumber")] public string? PassportNumber { get; set; }
    [Display(Name = "Letters.Form.BirthDate")] public DateOnly? BirthDate { get; set; }
}

/// <summary>/evenements/{id}/lettre-invitation: a confirmed participant asks for a visa invitation letter, then prints it.</summary>
[Authorize]
public sealed class VisaLetterModel(VivierDb db, EventReads events, ParticipantLetters desk, IStringLocalizer<SharedResource> l) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public bool Confirmed { get; private set; }
    public VisaLetter? Letter { get; private set; }
    public IReadOnlyList<Country> Countries { get; private set; } = [];
    [BindProperty] public VisaLetterForm Input { get; set; } = new();
    /// <summary>Change the details of a letter already asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "modifier")] public bool Edit { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var r = await events.RegistrationAsync(id, User.PersonId(), cancellationToken);
        Input = new VisaLetterForm { Nationality = r?.Nationality, PassportNumber = r?.PassportNumber, BirthDate = r?.BirthDate };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.Show([], l);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        var refusals = await desk.RequestVisaLetterAsync(id, User.PersonId(), new VisaLetterInput(Input.Nationality, Input.PassportNumber, Input.BirthDate), cancellationToken);
        if (refusals.Count > 0)
        {
            ModelState.Show(refusals, l);
            Edit = true;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        return Redirect($"/evenements/{id}/lettre-invitation");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await events.EventAsync(id, cancellationToken) is not { } e)
        {
            return false;
        }
        Event = e;
        var language = Locale.Current;
        Confirmed = (await events.RegistrationAsync(id, User.PersonId(), cancellationToken))?.Status == RegistrationStatus.Confirmed;
        Letter = await desk.VisaLetterAsync(id, User.PersonId(), language, cancellationToken);
        Countries = await db.Countries.AsNoTracking().OrderByName(Locale.Current).ToListAsync(cancellationToken);
        return true;
    }
}
