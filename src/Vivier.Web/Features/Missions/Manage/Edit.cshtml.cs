using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Missions.Manage;

/// <summary>
/// Edit a mission and move its status. The form carries the version it was loaded at: a save on
/// top of someone else's is refused with a clear message instead of overwriting it.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class EditModel(VivierDb db, MissionEditor editor, CountryChoices countryChoices, IStringLocalizer<SharedResource> l) : MissionFormModel(db, countryChoices, l)
{
    public Mission Mission { get; private set; } = null!;
    public IReadOnlyList<MissionChange> History { get; private set; } = [];

    /// <summary>The deployments hires on this mission created (cancelled ones included, so the history reads whole).</summary>
    public IReadOnlyList<MissionDeployment> Deployments { get; private set; } = [];

    public sealed record MissionDeployment(Guid Id, string Person, Vivier.Core.Deployments.DeploymentStatus Status, DateOnly Start, DateOnly End);

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Enregistree { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        Input = MissionInput.From(Mission);
        Version = Mission.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var refusals = await editor.UpdateAsync(Mission, Input, Version, cancellationToken);
            if (refusals.Count == 0)
            {
                return Redirect($"/gestion/missions/{reference}?enregistree=true");
            }
            AddRefusals(refusals);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(string reference, [FromForm] string action, [FromForm] string? reason,
        [FromForm] DateOnly? deadline, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        var refusal = await editor.ChangeStatusAsync(Mission, action, Version, reason, deadline, cancellationToken);
        if (refusal is null)
        {
            return Redirect($"/gestion/missions/{reference}?enregistree=true");
        }
        // The status buttons have no fields of their own: the message goes in the summary.
        AddRefusals([refusal with { Field = null }]);
        Input = MissionInput.From(Mission);
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var mission = await editor.FindForEditAsync(reference, cancellationToken);
        if (mission is null)
        {
            return false;
        }
        Mission = mission;
        Deployments = await Db.Deployments.AsNoTracking().Where(d => d.MissionId == mission.Id)
            .Join(Db.Users, d => d.PersonId, p => p.Id, (d, p) => new { d, p.GivenName, p.FamilyName })
            .OrderBy(x => x.d.CreatedAt)
            .Select(x => new MissionDeployment(x.d.Id, x.GivenName + " " + x.FamilyName, x.d.Status, x.d.ActualStart ?? x.d.PlannedStart, x.d.ActualEnd ?? x.d.PlannedEnd))
            .ToListAsync(cancellationToken);
        History = await Db.MissionChanges.AsNoTracking().Where(c => c.MissionId == mission.Id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        return true;
    }
}
