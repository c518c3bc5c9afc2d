using System.Security.Cryptography;
using System.Text;

namespace Vivier.Web.Features.Onboarding;

/// <summary>One step of the template as the form edits it (no id: a step to add).</summary>
public sealed class TemplateRow
{
    public int? Id { get; set; }
    public int? Position { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEn { get; set; }
    public ChecklistOwner Owner { get; set; }
    public int? DaysBeforeStart { get; set; }
    public bool Active { get; set; } = true;
}

/// <summary>
/// /gestion/departs/modele: the programme's pre-departure checklist template. Steps are edited,
/// added or switched off (never deleted: checklists under way were made from them); the change
/// applies to checklists made afterwards. Saved whole, and refused if someone saved in between.
/// </summary>
[Authorize(Roles = Roles.Staff)]
public sealed class TemplateModel(VivierDb db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public List<TemplateRow> Rows { get; set; } = [];

    /// <summary>A fingerprint of the template as it was loaded.</summary>
    [BindProperty] public string? Stamp { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await db.ChecklistTemplate.AsNoTracking().OrderBy(i => i.Position).ToListAsync(cancellationToken);
        Rows = [.. items.Select(i => new TemplateRow { Id = i.Id, Position = i.Position, TitleFr = i.TitleFr, TitleEn = i.TitleEn, Owner = i.Owner, DaysBeforeStart = i.DaysBeforeStart, Active = i.Active }),
            new TemplateRow { Position = (items.Count == 0 ? 0 : items.Max(i => i.Position)) + 10 }];
        Stamp = Fingerprint(items);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var items = await db.ChecklistTemplate.OrderBy(i => i.Position).ToListAsync(cancellationToken);
        if (Fingerprint(items) != Stamp)
        {
            ModelState.AddModelError("", l["Template.SavedMeanwhile"]);
            return Page();
        }
        // A new row left blank is the form's spare line, not a step.
        var rows = Rows.Select((row, index) => (row, index)).Where(x => x.row.Id is not null || !string.IsNullOrWhiteSpace(x.row.TitleFr) || !string.IsNullOrWhiteSpace(x.row.TitleEn)).ToList();
        foreach (var (row, i) in rows)
        {
            Check(string.IsNullOrWhiteSpace(row.TitleFr) || row.TitleFr.Trim().Length > 200, $"Rows[{i}].TitleFr", "Template.Title");
            Check(string.IsNullOrWhiteSpace(row.TitleEn) || row.TitleEn.Trim().Length > 200, $"Rows[{i}].TitleEn", "Template.Title");
            Check(row.DaysBeforeStart is not (>= -365 and <= 365), $"Rows[{i}].DaysBeforeStart", "Template.Days");
            Check(row.Position is not (> 0 and < 1000), $"Rows[{i}].Position", "Template.Position");
            Check(row.Id is { } id && items.All(item => item.Id != id), $"Rows[{i}].TitleFr", "Template.Unknown");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        foreach (var (row, _) in rows)
        {
            var item = row.Id is { } id ? items.Single(i => i.Id == id) : db.ChecklistTemplate.Add(new ChecklistTemplateItem
            {
                Position = 0, TitleFr = "", TitleEn = "", Owner = row.Owner, DaysBeforeStart = 0,
            }).Entity;
            (item.Position, item.TitleFr, item.TitleEn, item.Owner, item.DaysBeforeStart, item.Active) =
                (row.Position!.Value, row.TitleFr!.Trim(), row.TitleEn!.Trim(), row.Owner, row.DaysBeforeStart!.Value, row.Active);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/gestion/departs/modele?saved=true");
    }

    private void Check(bool wrong, string field, string key)
    {
        if (wrong)
        {
            ModelState.AddModelError(field, l[key]);
        }
    }

    private static string Fingerprint(IEnumerable<ChecklistTemplateItem> items) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n",
        items.OrderBy(i => i.Id).Select(i => $"{i.Id}|{i.Position}|{i.TitleFr}|{i.TitleEn}|{i.Owner}|{i.DaysBeforeStart}|{i.Active}")))));
}
