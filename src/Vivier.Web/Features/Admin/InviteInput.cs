using System.ComponentModel.DataAnnotations;
using Vivier.Web.Features.Account;

namespace Vivier.Web.Features.Admin;

/// <summary>Whom an admin invites, with which roles, for which organisation, in which language.</summary>
public sealed class InviteInput : PersonInput
{
    [Display(Name = "Account.Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Account.Organisation")]
    public Guid? OrganisationId { get; set; }

    /// <summary>"fr" or "en": the language of the invitation and later mails.</summary>
    public string Language { get; set; } = "fr";
}
