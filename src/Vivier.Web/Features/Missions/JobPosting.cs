using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vivier.Web.Features.Missions;

/// <summary>
/// schema.org JobPosting for a mission, with the fields Google's job-posting guidelines ask for:
/// title, description (HTML), datePosted, validThrough (the deadline instant with its offset),
/// hiringOrganization, jobLocation with addressCountry, employmentType, directApply; baseSalary
/// (a monthly range in euros) when the mission states its pay.
/// </summary>
public static class JobPosting
{
    private static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static string JsonLd(Mission mission, string url, string organisationName, string organisationUrl, bool english)
    {
        ArgumentNullException.ThrowIfNull(mission);
        var title = english && mission.TitleEn is { Length: > 0 } t ? t : mission.Title;
        var description = SafeMarkdown.Render(english && mission.DescriptionEn is { Length: > 0 } d ? d : mission.Description).Value
            + SafeMarkdown.Render(english && mission.ProfileEn is { Length: > 0 } p ? p : mission.Profile).Value;
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org/",
            ["@type"] = "JobPosting",
            ["title"] = title,
            ["description"] = description,
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = organisationName, ["value"] = mission.Reference },
            ["datePosted"] = (mission.PublishedAt ?? mission.CreatedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["validThrough"] = ParisTime.EndOfDayWithOffset(mission.Deadline).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["employmentType"] = new JsonArray("FULL_TIME", "CONTRACTOR"),
            ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = organisationName, ["sameAs"] = organisationUrl },
            ["jobLocation"] = new JsonObject
            {
                ["@type"] = "Place",
                ["address"] = new JsonObject
                {
                    ["@type"] = "PostalAddress",
                    ["addressLocality"] = mission.City,
                    ["addressCountry"] = mission.CountryCode,
                },
            },
            ["directApply"] = true,
            ["url"] = url,
        };
        if (mission.PayMinMonthly is { } from && mission.PayMaxMonthly is { } to)
        {
            posting["baseSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = "EUR",
                ["value"] = new JsonObject { ["@type"] = "QuantitativeValue", ["minValue"] = from, ["maxValue"] = to, ["unitText"] = "MONTH" },
            };
        }
        // Written for a <script> element: "<" is escaped so that no text can close it.
        return posting.ToJsonString(ScriptSafe);
    }
}
