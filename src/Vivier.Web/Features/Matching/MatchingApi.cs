using Microsoft.AspNetCore.Http.HttpResults;
using Vivier.Web.Features.Missions;

namespace Vivier.Web.Features.Matching;

public sealed record EvidenceDto(string Key, IReadOnlyList<string> Args, bool Met, string Text);

public sealed record ComponentDto(string Name, string Label, double Points, int Maximum, IReadOnlyList<EvidenceDto> Evidence);

public sealed record MatchDto(Guid PersonId, string Name, int Score, IReadOnlyList<ComponentDto> Components, IReadOnlyList<EvidenceDto> Exclusions,
    Guid? ApplicationId, string? Stage, DateTime? InvitedAt);

public sealed record MatchPageDto(string Mission, string Scope, int Page, bool HasMore, MatchWeights Weights, bool MissionWeights, IReadOnlyList<MatchDto> People);

public sealed record MissionMatchDto(string Reference, string Title, string Kind, string Country, DateOnly Deadline, int Score,
    IReadOnlyList<ComponentDto> Components, IReadOnlyList<string> ToRaiseTheFit);

public sealed record DismissalInput(string? Reason);

public sealed record WeightsInput(MatchWeights? Weights);

/// <summary>
/// Matching through the API: a mission's applicants by fit and the pool's suggestions (staff), the
/// missions for the signed-in person, a public mission's similar missions, and the recruiter's actions.
/// </summary>
public static class MatchingApi
{
    public static RouteGroupBuilder MapMatchingApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/missions/{reference}").WithTags("Matching")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Recruiter, Roles.ProgrammeManager, Roles.Admin));
        staff.MapGet("/matches", List).Queries(("scope", "string"), ("page", "integer"))
            .WithSummary("Ranked people with score, components (name, points, maximum, evidence) and exclusions: scope applicants (default) or pool; page 1 to 25 of 20.");
        staff.MapPost("/matches/{personId:guid}/invitation", Invite).WithSummary("Invites a suggested person to apply: one mail through the outbox, once per person and mission.");
        staff.MapPost("/matches/{personId:guid}/dismissal", Dismiss).WithSummary("Marks a suggestion not relevant, with a reason: it leaves the mission's suggestions.");
        staff.MapPut("/match-weights", SetWeights).WithSummary("The mission's own weights (null: the programme's), kept in its history.");
        api.MapGet("/missions/{reference}/similar", Similar).WithTags("Matching").AllowAnonymous()
            .WithSummary("Open missions closest to a public mission, by the same scoring function.");
        api.MapGet("/me/matches", Mine).WithTags("Matching").RequireAuthorization()
            .WithSummary("The open missions that fit the signed-in person's profile, each explained, with what would raise the fit.");
        api.MapPut("/admin/match-weights", SetProgrammeWeights).WithTags("Matching")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin)).WithSummary("The programme's default weights.");
        return api;
    }

    public static async Task<Results<Ok<MatchPageDto>, NotFound, ValidationProblem>> List(string reference, HttpContext context, Matches matches,
        MatchWords words, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var scope = query["scope"].ToString() is { Length: > 0 } s ? s : "applicants";
        var errors = new Dictionary<string, string[]>();
        if (scope is not ("applicants" or "pool"))
        {
            errors["scope"] = [l["Match.Scope.Invalid"]];
        }
        var page = 1;
        if (query["page"].ToString() is { Length: > 0 } p
            && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > Matches.MaxPage))
        {
            errors["page"] = [l["Match.Page.Invalid"]];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var mission = await matches.MissionAsync(reference, cancellationToken);
        if (mission is null)
        {
            return TypedResults.NotFound();
        }
        var ranked = scope == "pool"
            ? await matches.PoolAsync(mission, page, cancellationToken)
            : await matches.ApplicantsAsync(mission, page, cancellationToken);
        var weights = mission.Weights ?? await matches.ProgrammeWeightsAsync(cancellationToken);
        return TypedResults.Ok(new MatchPageDto(mission.Reference, ranked.Scope, ranked.Page, ranked.HasMore, weights, mission.Weights is not null,
            ranked.People.Select(r => new MatchDto(r.PersonId, r.Name, r.Fit.RoundedScore, Components(r.Fit, words, MatchVoice.Recruiter),
                r.Fit.Exclusions.Select(e => Evidence(e, words, MatchVoice.Recruiter)).ToList(), r.ApplicationId, r.StageKey, r.InvitedAt)).ToList()));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Invite(string reference, Guid personId, Matches matches, Suggestions suggestions,
        HttpContext context, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var mission = await matches.MissionAsync(reference, cancellationToken);
        if (mission is null)
        {
            return TypedResults.NotFound();
        }
        return await suggestions.InviteAsync(mission, personId, context.User.PersonId(), cancellationToken) is { } refusal
            ? refusal.ToProblem(l)
            : TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Dismiss(string reference, Guid personId, DismissalInput input, Matches matches,
        Suggestions suggestions, HttpContext context, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var mission = await matches.MissionAsync(reference, cancellationToken);
        if (mission is null)
        {
            return TypedResults.NotFound();
        }
        return await suggestions.DismissAsync(mission, personId, input?.Reason, context.User.PersonId(), cancellationToken) is { } refusal
            ? refusal.ToProblem(l)
            : TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetWeights(string reference, WeightsInput input, Suggestions suggestions,
        HttpContext context, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        await suggestions.SetWeightsAsync(reference, input?.Weights, context.User.PersonId(), context.User.Identity?.Name, cancellationToken) is { } refusal
            ? refusal.ToProblem(l)
            : TypedResults.NoContent();

    public static async Task<Results<NoContent, ProblemHttpResult>> SetProgrammeWeights(WeightsInput input, Suggestions suggestions,
        HttpContext context, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        input?.Weights is not { } weights
            ? Refusal.Invalid("weights", "Match.Weights.Invalid").ToProblem(l)
            : await suggestions.SetProgrammeWeightsAsync(weights, context.User.PersonId(), cancellationToken) is { } refusal
                ? refusal.ToProblem(l)
                : TypedResults.NoContent();

    public static async Task<Ok<IReadOnlyList<MissionMatchDto>>> Mine(HttpContext context, Matches matches, MatchWords words,
        CancellationToken cancellationToken)
    {
        var fits = await matches.ForPersonAsync(context.User.PersonId(), 50, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MissionMatchDto>>(fits.Select(f => new MissionMatchDto(f.Mission.Reference,
            Locale.Current.Pick(f.Mission.Title, f.Mission.TitleEn), f.Mission.Kind.ToString(), f.Mission.CountryCode, f.Mission.Deadline,
            f.Fit.RoundedScore, Components(f.Fit, words, MatchVoice.Person), words.Raises(f.Fit).ToList())).ToList());
    }

    public static async Task<Results<Ok<IReadOnlyList<MissionMatchDto>>, NotFound>> Similar(string reference, Matches matches,
        MatchWords words, CancellationToken cancellationToken)
    {
        var mission = await matches.MissionAsync(reference, cancellationToken);
        if (mission is null || !MissionDetails.IsPublic(mission))
        {
            return TypedResults.NotFound();
        }
        var similar = await matches.SimilarAsync(mission, 5, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MissionMatchDto>>(similar.Select(f => new MissionMatchDto(f.Mission.Reference,
            Locale.Current.Pick(f.Mission.Title, f.Mission.TitleEn), f.Mission.Kind.ToString(), f.Mission.CountryCode, f.Mission.Deadline,
            f.Fit.RoundedScore, Components(f.Fit, words, MatchVoice.Recruiter), [])).ToList());
    }

    public static IReadOnlyList<ComponentDto> Components(MatchResult fit, MatchWords words, MatchVoice voice)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Components.Select(c => new ComponentDto(c.Name, words.Component(c.Name), c.Points, c.Maximum,
            c.Evidence.Select(e => Evidence(e, words, voice)).ToList())).ToList();
    }

    private static EvidenceDto Evidence(MatchEvidence e, MatchWords words, MatchVoice voice) => new(e.Key, e.Args, e.Met, words.Text(e, voice));
}
