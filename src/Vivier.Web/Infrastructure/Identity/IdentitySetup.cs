using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vivier.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    /// <summary>The scheme that picks the bearer token when the request carries one, the cookie otherwise.</summary>
    public const string CookieOrBearer = "Vivier.CookieOrBearer";

    /// <summary>
    /// ASP.NET Core Identity on VivierDb: pages sign in with a cookie, API clients with a bearer
    /// token. Nothing is public unless it says so (fallback policy).
    /// </summary>
    public static WebApplicationBuilder AddVivierIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DecoyPassword>();
        services.AddIdentityCore<Person>(options =>
            {
                // CNIL: at least 12 characters mixing upper case, lower case, digits and symbols.
                options.Password.RequiredLength = 12;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<VivierDb>()
            .AddSignInManager<EvenSignInManager>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider: a code is accepted once.
            .AddTokenProvider<OneTimeCodes>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
                options.RefreshTokenExpiration = TimeSpan.FromDays(14);
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Vivier.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/connexion";
            options.LogoutPath = "/deconnexion";
            options.AccessDeniedPath = "/erreur/403";
            // The API answers 401 and 403 itself instead of redirecting to the sign-in page.
            options.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        // The security stamp is checked on every request by SessionValidation, with the session in
        // one query, so that signing out everywhere, a new password or a role change ends every
        // other session at once; the cookie's principal is rebuilt from the account at the default
        // interval only (rebuilding it and re-issuing the cookie on every request cost more than the pages).
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            // The rebuild reads the identity from the account, which does not know how the person
            // signed in: keep the second factor ("amr" = "mfa"), or staff would be sent to set one up
            // again on their next page, and the session the cookie belongs to.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && context.CurrentPrincipal is { } current)
                {
                    foreach (var method in current.Claims.Where(c => c.Type is "amr" or Sessions.SessionClaim && !identity.HasClaim(c.Type, c.Value)).ToList())
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(method.Type, method.Value));
                    }
                }
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddScoped<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResults>();
        services.AddScoped<Sessions>();
        services.AddScoped<Passkeys>();
        services.TryAddScoped<IPasskeyHandler<Person>, PasskeyHandler<Person>>();
        services.AddOptions<IdentityPasskeyOptions>().Configure<PublicAddress>(PasskeyOptions);

        // Keys in the database: every instance reads the cookies and tokens the others issued.
        services.AddDataProtection().PersistKeysToDbContext<VivierDb>().SetApplicationName("Vivier");
        return builder;
    }

    public static WebApplication UseVivierIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<SessionValidation>();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorRequirement>();
        return app;
    }

    /// <summary>
    /// Passkeys belong to the domain of the public address (Mail:PublicUrl), never to the Host header
    /// of a request, and only pages of that origin may use them. The person is verified by the device
    /// (fingerprint, face, PIN), so a passkey is both factors; a discoverable credential lets one sign
    /// in without typing one's address.
    /// </summary>
    private static void PasskeyOptions(IdentityPasskeyOptions options, PublicAddress address)
    {
        var site = new Uri(address.Root);
        var origin = site.GetLeftPart(UriPartial.Authority);
        options.ServerDomain = site.Host;
        options.ValidateOrigin = context => ValueTask.FromResult(!context.CrossOrigin && string.Equals(context.Origin, origin, StringComparison.Ordinal));
        options.UserVerificationRequirement = "required";
        options.ResidentKeyRequirement = "required";
        options.AttestationConveyancePreference = "none";
    }

    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorHandling.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
