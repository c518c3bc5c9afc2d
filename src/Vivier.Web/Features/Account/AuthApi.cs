using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.Extensions.Options;
using Vivier.Web.Infrastructure.Forms;

namespace Vivier.Web.Features.Account;

/// <summary>Bearer-token accounts for API clients. Only these three Identity endpoints exist.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Accounts").AllowAnonymous();
        auth.MapPost("/register", Register).RequireRateLimiting(RateLimiting.SignUp).Idempotent()
            .WithSummary("Creates an Expert account; the confirmation mail links to the confirmation page.");
        auth.MapPost("/login", Login).RequireRateLimiting(RateLimiting.SignIn)
            .WithSummary("Answers accessToken, expiresIn and refreshToken; a confirmed address is required, and a two-factor code where the account uses one.");
        auth.MapPost("/refresh", Refresh).RequireRateLimiting(RateLimiting.SignIn)
            .WithSummary("Exchanges a refresh token, once, for new tokens, unless its session ended or the account signed out everywhere or changed its password or roles since; a refresh token sent a second time ends every bearer session of the account.");
        api.MapGet("/me", Me).WithTags("Accounts").RequireAuthorization()
            .WithSummary("The signed-in person: names, address, language, roles and organisation.");
        return api;
    }

    public static async Task<Results<Ok<MeDto>, UnauthorizedHttpResult>> Me(ClaimsPrincipal user, UserManager<Person> users)
    {
        var person = await users.GetUserAsync(user);
        if (person is null)
        {
            return TypedResults.Unauthorized();
        }
        var roles = await users.GetRolesAsync(person);
        return TypedResults.Ok(new MeDto(person.Id, person.Email!, person.GivenName, person.FamilyName, person.PreferredLanguage.Code,
            roles.Order(StringComparer.Ordinal).ToList(), person.OrganisationId));
    }

    public static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> Register(RegisterRequest request,
        AccountRegistration registration, AccountAttempts attempts, IStringLocalizer<SharedResource> l, HttpContext context)
    {
        // The request's declared rules were checked before this runs (AddValidation).
        if (!attempts.TryAttempt(RateLimiting.SignUp, request.Email, context, out var wait))
        {
            return (ProblemHttpResult)RateLimiting.TooMany(context, wait);
        }
        var result = await registration.RegisterAsync(request.GivenName, request.FamilyName, request.Email, request.Password, Locale.Of(request.Language));
        return result.Succeeded
            ? TypedResults.Accepted((string?)null)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
    }

    public static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> Login(LoginRequest request, SignInManager<Person> signIn,
        SignInGuard guard, AuditTrail audit, IStringLocalizer<SharedResource> l, HttpContext context)
    {
        if (Missing(l, ("email", request.Email), ("password", request.Password)) is { } missing)
        {
            return missing;
        }
        if (guard.MustWait(request.Email ?? "", out var wait))
        {
            return (ProblemHttpResult)RateLimiting.TooMany(context, wait);
        }
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor && !string.IsNullOrEmpty(request.TwoFactorCode))
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(request.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal), false, false);
        }
        var refusal = SignInRefusal(result);
        if (refusal is not null)
        {
            await guard.RefusedAsync(request.Email ?? "", result, "api");
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l[refusal]);
        }
        await audit.RecordNowAsync(AuditActions.SignedIn, detail: "api", actorEmail: request.Email);
        // The bearer handler has written the tokens already.
        return TypedResults.Empty;
    }

    public static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> Refresh(RefreshRequest request, SignInManager<Person> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, Sessions sessions, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        if (Missing(l, ("refreshToken", request.RefreshToken)) is { } missing)
        {
            return missing;
        }
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } person
            || await sessions.SpendAsync(ticket.Principal) != RefreshOutcome.Spent)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l["Account.RefreshRefused"]);
        }
        var principal = await signIn.CreateUserPrincipalAsync(person);
        // The same session, its next refresh token: this one is spent.
        var session = Sessions.IdOf(ticket.Principal)!.Value;
        ((ClaimsIdentity)principal.Identity!).AddClaims([
            new Claim(Sessions.SessionClaim, session.ToString()),
            new Claim(Sessions.GrantClaim, (await sessions.IssueGrantAsync(session)).ToString()),
        ]);
        if (ticket.Principal.HasClaim("amr", "mfa"))
        {
            // The second factor proved at sign-in still holds for the refreshed session.
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("amr", "mfa"));
        }
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>The resource key of the message that explains a refused sign-in, or null when it succeeded.</summary>
    public static string? SignInRefusal(SignInResult result) => result switch
    {
        { Succeeded: true } => null,
        { IsLockedOut: true } => "Account.LockedOut",
        { IsNotAllowed: true } => "Account.NotConfirmed",
        { RequiresTwoFactor: true } => "Account.TwoFactorRequired",
        _ => "Account.WrongCredentials",
    };

    /// <summary>A validation problem naming the required fields left empty, or null.</summary>
    private static ValidationProblem? Missing(IStringLocalizer<SharedResource> l, params (string Field, string? Value)[] fields)
    {
        var empty = fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Field, f => new[] { l["Validation.Required", f.Field].Value });
        return empty.Count == 0 ? null : TypedResults.ValidationProblem(empty);
    }

}
