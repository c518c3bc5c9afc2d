using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Vivier.Web.Features.Matching;

/// <summary>
/// The weights as a form holds them: one whole number per component, named as the component
/// (domain, required-skills, …). Read back with an error per field, so that a typo is named where it is.
/// </summary>
public static class WeightsForm
{
    /// <summary>The form's values for the weights (what a page shows before anything is posted).</summary>
    public static Dictionary<string, string> Values(MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return weights.All().ToDictionary(w => w.Component, w => w.Weight.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The posted values, as typed, to show them again beside their errors.</summary>
    public static Dictionary<string, string> Values(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return MatchWeights.Default.All().ToDictionary(w => w.Component, w => form[w.Component].ToString());
    }

    /// <summary>The weights posted, or null with the errors in <paramref name="state"/>.</summary>
    public static MatchWeights? Read(IFormCollection form, ModelStateDictionary state, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(l);
        var weights = new MatchWeights();
        foreach (var (component, _) in MatchWeights.Default.All())
        {
            var typed = form[component].ToString().Trim();
            if (typed.Length > 3 || !int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight > MatchWeights.MaxWeight)
            {
                state.AddModelError(component, l["Match.Weight.Invalid", l[$"Match.Component.{component}"]]);
                continue;
            }
            weights.Set(component, weight);
        }
        if (state.IsValid && !weights.IsValid())
        {
            state.AddModelError(MatchComponents.Domain, l["Match.Weights.AllZero"]);
        }
        return state.IsValid ? weights : null;
    }
}
