using System.ComponentModel.DataAnnotations;

namespace Vivier.Web.Features.Partners;

/// <summary>A host institution's need for an expert, as its partner contact describes it.</summary>
public sealed class NeedInput
{
    [Required(ErrorMessage = "Validation.Required")] [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")] [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "MissionForm.City")]
    public string City { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")] [StringLength(20_000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Description")]
    public string Description { get; set; } = "";

    [StringLength(20_000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Profile")]
    public string? Profile { get; set; }

    [Required(ErrorMessage = "Validation.Required")] [Display(Name = "Need.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Range(1, 60, ErrorMessage = "MissionForm.Duration.Invalid")] [Display(Name = "MissionForm.DurationMonths")]
    public int DurationMonths { get; set; } = 24;
}
