using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Identity;
using Vivier.Core.Recruitment;
using Vivier.Testing;
using Vivier.Web.Features.Applications;

namespace Vivier.Tests.Recruitment;

public sealed class PipelineTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ApiAsync(string role) => App.NewClient().WithBearer(await App.ApiLoginAsync(await App.CreatePersonAsync(role)));

    private async Task<(HttpClient Candidate, ApplicationDto? Application)> ApplyAsync(string reference, bool submit = true)
    {
        var (_, candidate) = await App.CreateCandidateAsync();
        var response = await candidate.PostAsJsonAsync($"/api/v1/missions/{reference}/applications", new { coverLetter = "Motivée.", submit }, Cancel);
        return (candidate, await response.Content.ReadFromJsonAsync<ApplicationDto>(Cancel));
    }

    [Fact]
    public async Task A_recruiter_lists_sent_applications_and_moves_one_the_candidate_sees_the_stage_not_the_reason()
    {
        var mission = await App.CreateMissionAsync("Mission à pourvoir", "SN");
        var (candidate, sent) = await ApplyAsync(mission.Reference);
        await ApplyAsync(mission.Reference, submit: false);
        var recruiter = await ApiAsync(Roles.Recruiter);

        var list = await recruiter.GetFromJsonAsync<List<PipelineEntry>>($"/api/v1/missions/{mission.Reference}/applications", Cancel);
        var moved = await recruiter.PostAsJsonAsync($"/api/v1/applications/{sent!.Id}/moves", new { stage = "shortlisted", reason = "Profil très solide en budget" }, Cancel);
        var seen = Assert.Single((await candidate.GetFromJsonAsync<List<ApplicationDto>>("/api/v1/me/applications", Cancel))!);

        var entry = Assert.Single(list!);
        Assert.Equal((sent.Id, mission.Reference, PipelineStage.Received), (entry.Id, entry.Reference, entry.Stage));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("Retenue pour la suite", seen.StageLabel);
        Assert.DoesNotContain("budget", System.Text.Json.JsonSerializer.Serialize(seen), StringComparison.OrdinalIgnoreCase);
        await using var db = App.NewDb();
        var change = await db.ApplicationEvents.SingleAsync(e => e.ApplicationId == sent.Id && e.ToStage == "shortlisted", Cancel);
        Assert.Equal((PipelineStage.Received, "Profil très solide en budget"), (change.FromStage, change.Reason));
        Assert.NotNull(change.ActorId);
    }

    [Fact]
    public async Task Moves_are_refused_with_reasons_and_by_role()
    {
        var mission = await App.CreateMissionAsync("Mission suivie", "CI");
        var (_, sent) = await ApplyAsync(mission.Reference);
        var recruiter = await ApiAsync(Roles.Recruiter);
        var manager = await ApiAsync(Roles.ProgrammeManager);
        var sponsor = await ApiAsync(Roles.Sponsor);

        Assert.Equal(HttpStatusCode.BadRequest, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{sent!.Id}/moves", new { stage = "astrologie" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await recruiter.PostAsJsonAsync($"/api/v1/applications/{Guid.NewGuid()}/moves", new { stage = "screening" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/v1/applications/{sent.Id}/moves", new { stage = "screening" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/missions/{mission.Reference}/applications", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sponsor.GetAsync($"/api/v1/missions/{mission.Reference}/applications", Cancel)).StatusCode);
        await using var db = App.NewDb();
        Assert.Equal(PipelineStage.Received, (await db.Applications.SingleAsync(a => a.Id == sent.Id, Cancel)).StageKey);
    }
}

public sealed class PipelineBoardTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<Guid> ApplyAsync(string reference)
    {
        var (_, candidate) = await App.CreateCandidateAsync();
        var response = await candidate.PostAsJsonAsync($"/api/v1/missions/{reference}/applications", new { coverLetter = "Motivé." }, Cancel);
        return (await response.Content.ReadFromJsonAsync<ApplicationDto>(Cancel))!.Id;
    }

    [Fact]
    public async Task A_recruiter_moves_several_applications_at_once_from_the_board()
    {
        var mission = await App.CreateMissionAsync("Mission au tableau", "TG");
        var ids = new[] { await ApplyAsync(mission.Reference), await ApplyAsync(mission.Reference), await ApplyAsync(mission.Reference) };
        using var recruiter = await App.SignInAsAsync(Roles.Recruiter);
        var board = await recruiter.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures");
        var token = board.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("selected", ids[0].ToString()),
            new("selected", ids[1].ToString()), new("stage", "screening"), new("reason", "Premier tri")]);
        using var moved = await recruiter.PostAsync($"/gestion/missions/{mission.Reference}/candidatures/deplacer", content, Cancel);
        var after = await recruiter.GetDocumentAsync(moved.Headers.Location!.OriginalString);

        Assert.Equal(3, board.QuerySelectorAll("#stage-received ~ ul li").Length);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(2, after.QuerySelectorAll("#stage-screening ~ ul li").Length);
        Assert.Equal(1, after.QuerySelectorAll("#stage-received ~ ul li").Length);
        await using var db = App.NewDb();
        Assert.Equal(2, await db.ApplicationEvents.CountAsync(e => e.ToStage == "screening" && e.Reason == "Premier tri" && ids.Contains(e.ApplicationId), Cancel));
    }

    [Fact]
    public async Task A_programme_manager_reads_the_board_but_cannot_move()
    {
        var mission = await App.CreateMissionAsync("Mission lue", "TG");
        var id = await ApplyAsync(mission.Reference);
        using var manager = await App.SignInAsAsync(Roles.ProgrammeManager);

        var board = await manager.GetDocumentAsync($"/gestion/missions/{mission.Reference}/candidatures");

        Assert.Equal(1, board.QuerySelectorAll("#stage-received ~ ul li").Length);
        Assert.Empty(board.QuerySelectorAll("input[name=selected]"));
        var token = board.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value ?? "";
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("selected", id.ToString()), new("stage", "rejected")]);
        using var refused = await manager.PostAsync($"/gestion/missions/{mission.Reference}/candidatures/deplacer", content, Cancel);
        Assert.Contains("/erreur/403", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = App.NewDb();
        Assert.Equal(PipelineStage.Received, (await db.Applications.SingleAsync(a => a.Id == id, Cancel)).StageKey);
    }

    [Fact]
    public async Task A_bulk_move_with_an_application_of_another_mission_moves_none()
    {
        var mission = await App.CreateMissionAsync("Mission A", "TG");
        var other = await App.CreateMissionAsync("Mission B", "TG");
        var ours = await ApplyAsync(mission.Reference);
        var theirs = await ApplyAsync(other.Reference);
        await using var scope = App.Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<Pipeline>();

        var (moved, refusal) = await pipeline.MoveManyAsync(mission.Reference, [ours, theirs], new MoveInput("rejected", null), Guid.NewGuid(), Cancel);

        Assert.Equal((0, "Pipeline.NotFound"), (moved, refusal?.MessageKey));
        await using var db = App.NewDb();
        Assert.All(await db.Applications.Where(a => a.Id == ours || a.Id == theirs).ToListAsync(Cancel), a => Assert.Equal(PipelineStage.Received, a.StageKey));
    }
}
