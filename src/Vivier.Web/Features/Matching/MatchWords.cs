using Vivier.Web.Features.ReferenceData;

namespace Vivier.Web.Features.Matching;

/// <summary>Whom an explanation speaks to: a recruiter reads "anglais B1, C1 demandé", the person "votre B1 en anglais".</summary>
public enum MatchVoice
{
    Recruiter,
    Person,
}

/// <summary>
/// Matching's evidence in the reader's language: codes named (countries, languages, sectors, themes,
/// continents), dates and numbers as the reader writes them, in the recruiter's words or the person's.
/// </summary>
public sealed class MatchWords(IStringLocalizer<SharedResource> l, ReferenceNames names)
{
    /// <summary>What each argument of an evidence key is: s sector, t theme, l language, c country, k continent, d date, n number, x text.</summary>
    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        ["sector-exact"] = "s", ["sector-category"] = "sx", ["sector-theme"] = "s", ["theme"] = "t", ["domain-none"] = "",
        ["skill-met"] = "xx", ["skill-missing"] = "x",
        ["language-met"] = "lxx", ["language-short"] = "lxx", ["language-absent"] = "lx",
        ["country-years"] = "cn", ["region-years"] = "cnk", ["country-none"] = "c",
        ["years-history-min"] = "nn", ["years-declared-min"] = "nn", ["years-history"] = "n", ["years-declared"] = "n",
        ["availability-unknown"] = "", ["available"] = "d", ["available-late"] = "dd",
        ["deployments"] = "n", ["deployments-none"] = "n",
        ["nationality"] = "x", ["nationality-unknown"] = "", ["french-public-employer-none"] = "n",
        ["french-public-employer-short"] = "nd", ["minimum-experience"] = "nn",
    };

    /// <summary>The evidence keys a person can act on, and so the ones "what would raise the fit" speaks of.</summary>
    private static readonly HashSet<string> Raisable = ["skill-missing", "language-short", "language-absent", "availability-unknown", "available-late"];

    public static IEnumerable<string> EvidenceKeys => Shapes.Keys;

    public static IEnumerable<string> RaisableKeys => Raisable;

    public string Component(string name) => l[$"Match.Component.{name}"];

    public string Text(MatchEvidence evidence, MatchVoice voice = MatchVoice.Recruiter)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var prefix = voice == MatchVoice.Person ? "Match.You." : "Match.Evidence.";
        return l[prefix + evidence.Key, Arguments(evidence)];
    }

    /// <summary>What the person could do to fit better, from what the explanation found missing.</summary>
    public IEnumerable<string> Raises(MatchResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Components.SelectMany(c => c.Evidence).Where(e => !e.Met && Raisable.Contains(e.Key))
            .Select(e => (string)l["Match.Raise." + e.Key, Arguments(e)]).Distinct();
    }

    /// <summary>"72 / 100 · domaine 15/15, compétences requises 7,5/15, …": the compact explanation of a board card.</summary>
    public string Summary(MatchResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return string.Join(" · ", fit.Components.Select(c => $"{Component(c.Name)} {Points(c.Points)}/{c.Maximum}"));
    }

    /// <summary>"domain 15, languages 20" as a mission's history records it, in the reader's words ("Domaine 15 · Langues 20").</summary>
    public static string WeightsInWords(string recorded, MatchWords words)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(words);
        return string.Join(" · ", recorded.Split(", ").Select(part => part.LastIndexOf(' ') is var at and > 0
            ? $"{words.Component(part[..at])} {part[(at + 1)..]}"
            : part));
    }

    public static string Points(double points) => points.ToString("0.#", CultureInfo.CurrentCulture);

    private object[] Arguments(MatchEvidence evidence)
    {
        var shape = Shapes.GetValueOrDefault(evidence.Key, "");
        return evidence.Args.Select((arg, i) => (i < shape.Length ? shape[i] : 'x') switch
        {
            's' => (object)names.Sector(arg),
            't' => names.Theme(arg),
            // French names languages with a small letter within a sentence ("votre C1 en anglais"); English with a capital.
            'l' => Locale.Current.IsEnglish ? names.Language(arg) : names.Language(arg).ToLower(CultureInfo.GetCultureInfo("fr-FR")),
            'c' => names.Country(arg),
            'k' => l[$"Continent.{arg}"].Value,
            'd' => DateOnly.TryParse(arg, CultureInfo.InvariantCulture, out var date) ? date.ToString("d", CultureInfo.CurrentCulture) : arg,
            'n' => int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : arg,
            _ => arg,
        }).ToArray();
    }
}
