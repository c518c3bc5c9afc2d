namespace Vivier.Web.Infrastructure.Identity;

/// <summary>
/// Staff and sponsors see personal data of others: they must have signed in with a second factor.
/// Until they have set one up, their pages lead to the set-up page and the API refuses them.
/// Demo accounts are let through while the demo is on (Vivier:DemoData), so that it can be tried
/// at once; with the demo off they are held to the rule like anyone (and Production refuses to
/// start while they exist: <see cref="DemoAccounts"/>).
/// </summary>
public sealed class TwoFactorRequirement(RequestDelegate next)
{
    public const string SetUpPath = "/compte/double-authentification";
    public const string PasskeysPath = "/compte/cles-d-acces";
    private static readonly string[] AllowedPaths = [SetUpPath, PasskeysPath, "/deconnexion", "/erreur", "/langue", "/confidentialite", "/accessibilite"];

    public async Task InvokeAsync(HttpContext context, UserManager<Person> users, IConfiguration configuration)
    {
        if (NeedsSecondFactor(context.User) && !AllowedPaths.Any(p => context.Request.Path.StartsWithSegments(p))
            && context.GetEndpoint() is not null && !IsPublicAsset(context))
        {
            var person = await users.GetUserAsync(context.User);
            if (person is not null && !(person.IsDemo && configuration.GetValue("Vivier:DemoData", false)))
            {
                if (ErrorHandling.IsApi(context))
                {
                    await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor authentication required",
                        detail: "Staff and sponsor accounts must sign in with a second factor.").ExecuteAsync(context);
                }
                else
                {
                    context.Response.Redirect(SetUpPath);
                }
                return;
            }
        }
        await next(context);
    }

    /// <summary>A person in a role that needs a second factor who signed in without one.</summary>
    public static bool NeedsSecondFactor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && Roles.RequiringTwoFactor.Any(user.IsInRole)
        && !user.HasClaim("amr", "mfa");

    private static bool IsPublicAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
}
