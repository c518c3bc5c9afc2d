// Regenerates the reference data files committed in src/Vivier.Core/ReferenceData/Data.
// Run from this folder: npm ci && node generate.mjs
// Sources: npm i18n-iso-countries (ISO 3166-1 codes, French and English names), countries-list
// (continents), @cospired/i18n-iso-languages (ISO 639-1 names), and the IATI codelists of OECD DAC
// sectors in ../../../shared/data/iati (path overridable with IATI_DIR).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { XMLParser } from "fast-xml-parser";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const { countries: countryFacts } = require("countries-list");
const languages = require("@cospired/i18n-iso-languages");
for (const lang of ["fr", "en"]) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  languages.registerLocale(require(`@cospired/i18n-iso-languages/langs/${lang}.json`));
}

const out = new URL("../../src/Vivier.Core/ReferenceData/Data/", import.meta.url);
const iatiDir = process.env.IATI_DIR ?? new URL("../../../shared/data/iati/", import.meta.url).pathname;

// Tab-separated, one header line; values never hold tabs or line breaks.
function writeTsv(name, header, rows) {
  const clean = (v) => String(v ?? "").replace(/[\t\r\n]+/g, " ").trim();
  const lines = [header.join("\t"), ...rows.map((r) => r.map(clean).join("\t"))];
  writeFileSync(new URL(name, out), lines.join("\n") + "\n");
  console.log(`${name}: ${rows.length} rows`);
}

// French overseas territories carry their own ISO codes; AT (technical assistants) serve there.
// The package's first English name is sometimes the formal or a contested one; the programme uses
// the short names the French administration's English pages use.
const englishShortNames = { CI: "Côte d'Ivoire", CN: "China", CZ: "Czechia", IR: "Iran", MK: "North Macedonia",
  PS: "Palestine", RU: "Russia", TW: "Taiwan", TZ: "Tanzania", US: "United States" };
// The package's French names are sometimes spelled otherwise than the French administration's
// official list of country names (capitals within a name, a hyphen in "Côte d'Ivoire").
const frenchShortNames = { AE: "Émirats arabes unis", CF: "République centrafricaine", CI: "Côte d'Ivoire", CZ: "République tchèque",
  DO: "République dominicaine", IO: "Territoire britannique de l'océan Indien", SA: "Arabie saoudite" };
const frenchOverseas = new Set(["GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"]);
const countryRows = Object.keys(countries.getAlpha2Codes()).sort().map((code) => {
  const continent = countryFacts[code]?.continent;
  if (!continent) throw new Error(`no continent for ${code}`);
  return [code, countries.alpha2ToAlpha3(code), countries.alpha2ToNumeric(code),
    frenchShortNames[code] ?? countries.getName(code, "fr"), englishShortNames[code] ?? countries.getName(code, "en"), continent,
    frenchOverseas.has(code) ? "1" : "0"];
});
writeTsv("countries.tsv", ["alpha2", "alpha3", "numeric", "name_fr", "name_en", "continent", "french_overseas"], countryRows);

const languageRows = Object.keys(languages.getNames("en")).sort().map((code) =>
  [code, languages.getName(code, "fr"), languages.getName(code, "en")]);
writeTsv("languages.tsv", ["code", "name_fr", "name_en"], languageRows);

const parser = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "codelist-item" || n === "narrative" });
function codelist(file) {
  const doc = parser.parse(readFileSync(`${iatiDir}/${file}`, "utf8"));
  return doc.codelist["codelist-items"]["codelist-item"].map((item) => {
    const names = item.name.narrative;
    const text = (n) => (typeof n === "string" ? n : n["#text"]);
    const en = names.find((n) => typeof n === "string" || !n["@_xml:lang"]);
    const fr = names.find((n) => typeof n !== "string" && n["@_xml:lang"] === "fr");
    return { code: String(item.code), en: text(en), fr: fr ? text(fr) : text(en),
      category: item.category ? String(item.category) : "", active: item["@_status"] !== "withdrawn" };
  });
}
writeTsv("sector-categories.tsv", ["code", "name_fr", "name_en", "active"],
  codelist("SectorCategory.xml").map((c) => [c.code, c.fr, c.en, c.active ? "1" : "0"]));
writeTsv("sectors.tsv", ["code", "category", "name_fr", "name_en", "active"],
  codelist("Sector.xml").map((s) => [s.code, s.category, s.fr, s.en, s.active ? "1" : "0"]));
