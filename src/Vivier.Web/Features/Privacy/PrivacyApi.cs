using Microsoft.AspNetCore.Http.HttpResults;

namespace Vivier.Web.Features.Privacy;

/// <summary>A person's own data, whatever their role: only ever their own (the person comes from the sign-in, never from the URL).</summary>
public static class PrivacyApi
{
    public static RouteGroupBuilder MapPrivacyApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/data").WithTags("Personal data").RequireAuthorization();
        me.MapGet("", Document).WithSummary("Everything Vivier holds about the signed-in person, as one JSON document; audited.");
        me.MapGet("/archive", Archive).WithSummary("The same document and every file the person uploaded, as a zip; audited.");
        var consents = api.MapGroup("/me/consents").WithTags("Personal data").RequireAuthorization();
        consents.MapGet("", Consents).WithSummary("The signed-in person's consents: whether each stands, and its records (wording, when and how given or withdrawn).");
        consents.MapPost("/{kind}/withdraw", Withdraw)
            .WithSummary("Withdraws a consent (talent-pool, directory, image-rights, newsletter), effective at once everywhere it is used; the privacy notice is not withdrawn.");
        var objection = api.MapGroup("/me/objection").WithTags("Personal data").RequireAuthorization();
        objection.MapPost("", Object).WithSummary("The signed-in person objects to being suggested to recruiters: effective at once, entered in the register.");
        objection.MapDelete("", Unobject).WithSummary("Withdraws the objection: the person may be suggested again.");
        api.MapGet("/me/requests", Requests).WithTags("Personal data").RequireAuthorization()
            .WithSummary("The signed-in person's data-rights requests, each with when it came, its status and when it is due at the latest.");
        api.MapPost("/me/erasure", RequestErasure).WithTags("Personal data").RequireAuthorization()
            .WithSummary("Asks for the signed-in person's erasure: a link mailed to their address confirms it (valid 24 hours).");
        return api;
    }

    public static async Task<FileContentHttpResult> Document(ClaimsPrincipal user, PersonalData data, AuditTrail audit, CancellationToken cancellationToken)
    {
        var document = await data.DocumentAsync(user.PersonId(), cancellationToken);
        await audit.RecordNowAsync(AuditActions.PersonalDataExported, detail: "json", personId: user.PersonId());
        return TypedResults.File(document, "application/json", "vivier-donnees.json");
    }

    public static async Task<Ok<List<ConsentState>>> Consents(ClaimsPrincipal user, MyConsents consents, CancellationToken cancellationToken) =>
        TypedResults.Ok(await consents.ListAsync(user.PersonId(), cancellationToken));

    public static async Task<Results<NoContent, ValidationProblem>> Withdraw(string kind, ClaimsPrincipal user, MyConsents consents, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken) =>
        await consents.WithdrawAsync(user.PersonId(), kind, ConsentChannel.Api, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [l["Consents.NotWithdrawable"]] });

    public static async Task<NoContent> Object(ClaimsPrincipal user, DataRights rights, CancellationToken cancellationToken)
    {
        await rights.SetObjectionAsync(user.PersonId(), objects: true, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Unobject(ClaimsPrincipal user, DataRights rights, CancellationToken cancellationToken)
    {
        await rights.SetObjectionAsync(user.PersonId(), objects: false, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>A request as the person reads it in the register.</summary>
    public sealed record RequestView(Guid Id, string Kind, string Status, DateTime ReceivedAt, DateTime DueAt, DateTime? DoneAt, string? Answer);

    public static async Task<Ok<List<RequestView>>> Requests(ClaimsPrincipal user, DataRights rights, CancellationToken cancellationToken) =>
        TypedResults.Ok((await rights.MineAsync(user.PersonId(), cancellationToken))
            .ConvertAll(r => new RequestView(r.Id, r.Kind.ToString(), r.Status.ToString(), r.ReceivedAt, r.DueAt, r.DoneAt, r.Answer)));

    /// <summary>What a request for erasure answers: its id in the register, and when the answer is due at the latest.</summary>
    public sealed record ErasureRequestAnswer(Guid Id, string Status, DateTime DueAt);

    public static async Task<Accepted<ErasureRequestAnswer>> RequestErasure(ClaimsPrincipal user, ErasureRequests requests, CancellationToken cancellationToken)
    {
        var request = await requests.RequestAsync(user.PersonId(), cancellationToken);
        return TypedResults.Accepted((string?)null, new ErasureRequestAnswer(request.Id, request.Status.ToString(), request.DueAt));
    }

    public static async Task<FileContentHttpResult> Archive(ClaimsPrincipal user, PersonalData data, AuditTrail audit, CancellationToken cancellationToken)
    {
        var archive = await data.ArchiveAsync(user.PersonId(), cancellationToken);
        await audit.RecordNowAsync(AuditActions.PersonalDataExported, detail: "zip", personId: user.PersonId());
        return TypedResults.File(archive, "application/zip", "vivier-donnees.zip");
    }
}
