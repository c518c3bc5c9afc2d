using Vivier.Web.Features.Admin;

namespace Vivier.Web.Features.Account;

/// <summary>Accounts: sign-up, sign-in (password, code, passkey), the account's security, roles given by admins.</summary>
public static class AccountFeature
{
    public static WebApplicationBuilder AddAccount(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<AccountRegistration>();
        builder.Services.AddScoped<SignInGuard>();
        builder.Services.AddScoped<PersonRoles>();
        return builder;
    }

    public static RouteGroupBuilder MapAccount(this RouteGroupBuilder api) => api.MapAuthApi();
}
