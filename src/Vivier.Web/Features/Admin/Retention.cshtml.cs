using Vivier.Core.Privacy;
using Vivier.Web.Features.Privacy;

namespace Vivier.Web.Features.Admin;

/// <summary>One row of the retention form: the rule and the period the admin chose.</summary>
public sealed class RetentionChoice
{
    public string Key { get; set; } = "";
    /// <summary>Text, so that a number the browser could not send is refused in this page's words.</summary>
    public string? Amount { get; set; }
    public string? Unit { get; set; }
}

/// <summary>
/// /admin/conservation: the retention table in force, each period the admin may change within its
/// ceiling (saved whole, refused if another admin saved in between); what the job would delete now
/// (a dry run the admin starts, nothing deleted); and the log of runs with their counts.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class RetentionModel(RetentionPolicy policy, RetentionRuns runs, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int RunsShown = 20;

    [BindProperty] public List<RetentionChoice> Rows { get; set; } = [];
    [BindProperty] public string? Stamp { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public IReadOnlyList<RetentionRow> Table { get; private set; } = [];
    public IReadOnlyList<RetentionRun> Runs { get; private set; } = [];
    /// <summary>The dry run the admin just started, shown first.</summary>
    public RetentionRun? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Rows = [.. Table.Where(r => r.Editable).Select(r => new RetentionChoice
        {
            Key = r.Rule.Key, Amount = r.Period.Amount.ToString(CultureInfo.InvariantCulture), Unit = r.Period.Unit.ToString(),
        })];
        Stamp = await policy.StampAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await policy.StampAsync(cancellationToken) != Stamp)
        {
            ModelState.AddModelError("", l["Retention.SavedMeanwhile"]);
            await LoadAsync(cancellationToken);
            return Page();
        }
        var chosen = new Dictionary<string, RetentionPeriod>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (RetentionRules.All.FirstOrDefault(r => r.Key == row.Key) is not { } rule)
            {
                ModelState.AddModelError("", l["Retention.Refused.UnknownRule", row.Key]);
            }
            else if (!int.TryParse(row.Amount, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || !Enum.TryParse<RetentionUnit>(row.Unit, out var unit) || !Enum.IsDefined(unit))
            {
                ModelState.AddModelError($"Rows[{i}].Amount", l["Retention.Refused.Period", l.Period(rule.Ceiling)]);
            }
            else
            {
                chosen[row.Key] = new RetentionPeriod(amount, unit);
            }
        }
        if (ModelState.IsValid)
        {
            var refusals = await policy.SaveAsync(chosen, User.PersonId(), cancellationToken);
            foreach (var refusal in refusals)
            {
                var index = Rows.FindIndex(r => r.Key == refusal.Field);
                ModelState.AddModelError(index < 0 ? "" : $"Rows[{index}].Amount", l[refusal.MessageKey, refusal.Arguments]);
            }
            if (refusals.Count == 0)
            {
                await audit.RecordNowAsync(AuditActions.RetentionChanged, detail: string.Join(", ", chosen.Select(c => $"{c.Key}={c.Value}")));
                return Redirect("/admin/conservation?saved=true");
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Counts what the job would delete now; deletes nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Preview = await runs.RunAsync(dryRun: true, User.PersonId(), cancellationToken);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Table = await policy.RowsAsync(cancellationToken);
        Runs = await runs.LatestAsync(RunsShown, cancellationToken);
    }
}
