using Vivier.Core.Missions;

namespace Vivier.Core.Demo;

/// <summary>A call for applications the seed article names, written as a real job description.</summary>
public sealed record DemoCall(string Title, string TitleEn, ExpertKind Kind, string Country, string City, string Host, string[] Themes,
    string[] Sponsors, string Description, string Profile, (string Language, CefrLevel Level)[] Languages);

/// <summary>The calls of the seed article (shared/seed/journees-eti-2024.fr.txt), open in the demo.</summary>
public static class DemoCalls
{
    private const string MEAE = "MEAE";
    private const string Tresor = "DG Trésor";

    public static readonly DemoCall[] All =
    [
        new("Appui aux industries culturelles et créatives", "Support to cultural and creative industries", ExpertKind.ETI, "VN", "Hanoï",
            "Ministère de la Culture, des Sports et du Tourisme du Viêt Nam", ["culture"], [MEAE],
            "Auprès du ministère, l'experte ou l'expert accompagne la **stratégie nationale des industries culturelles et créatives** : cartographie des filières (audiovisuel, musique, design, jeux vidéo), appui à la création d'un fonds de soutien, formation des cadres à l'ingénierie culturelle.\n\nLa mission s'inscrit dans la coopération culturelle franco-vietnamienne et mobilise les opérateurs français du secteur.",
            "- Dix ans d'expérience au moins dans les politiques culturelles ou l'économie de la culture ;\n- pratique de la coopération internationale ;\n- capacité à animer des ateliers avec des interlocuteurs de haut niveau.",
            [("fr", CefrLevel.C2), ("en", CefrLevel.C1)]),
        new("Appui au réseau des villes créatives", "Support to the creative cities network", ExpertKind.ETI, "JP", "Kanazawa",
            "Ville de Kanazawa – direction de la culture", ["creative-cities", "culture"], [MEAE],
            "Kanazawa, ville créative de l'UNESCO pour l'artisanat, souhaite renforcer ses échanges avec les villes françaises du réseau. L'experte ou l'expert conçoit un programme de résidences d'artisans d'art, structure des partenariats entre écoles et accompagne la candidature de projets communs.",
            "- Expérience des politiques culturelles territoriales ou des métiers d'art ;\n- goût pour le travail en réseau ;\n- la connaissance du japonais est un atout.",
            [("fr", CefrLevel.C2), ("en", CefrLevel.C1), ("ja", CefrLevel.A2)]),
        new("Appui à l'organisation de grands événements sportifs", "Support to organising major sporting events", ExpertKind.ETI, "TH", "Bangkok",
            "Autorité du sport de Thaïlande", ["sport"], [MEAE],
            "Forte de l'expérience des Jeux olympiques et paralympiques de Paris 2024, l'experte ou l'expert appuie l'Autorité du sport dans la préparation de grands événements : **héritage, accessibilité, sécurité, développement durable**. Il ou elle facilite les échanges avec les acteurs français du sport.",
            "- Expérience de l'organisation de grands événements sportifs ;\n- connaissance des enjeux d'héritage et d'accessibilité ;\n- anglais courant.",
            [("fr", CefrLevel.C1), ("en", CefrLevel.C1)]),
        new("Appui aux politiques culturelles et sportives", "Support to cultural and sport policies", ExpertKind.ETI, "XK", "Pristina",
            "Ministère de la Culture, de la Jeunesse et des Sports du Kosovo", ["culture", "sport"], [MEAE],
            "L'experte ou l'expert conseille le ministère sur la modernisation de ses politiques culturelles et sportives, dans la perspective du rapprochement européen : cadre législatif, financement des associations, patrimoine, sport pour toutes et tous.",
            "- Connaissance des politiques publiques culturelles et de l'acquis européen ;\n- expérience en administration centrale ou territoriale.",
            [("fr", CefrLevel.C1), ("en", CefrLevel.C1)]),
        new("Conseil en cybersécurité", "Cybersecurity adviser", ExpertKind.ETI, "TW", "Taipei",
            "Administration de la cybersécurité", ["cybersecurity", "digital-ai"], [MEAE],
            "L'experte ou l'expert appuie l'administration partenaire dans la **protection des infrastructures critiques** : doctrine de gestion de crise cyber, exercices conjoints, certification de produits de sécurité. Il ou elle favorise les coopérations industrielles avec l'écosystème français de la cybersécurité.",
            "- Expérience confirmée en sécurité des systèmes d'information, idéalement au sein d'une autorité nationale ;\n- connaissance des normes européennes de certification.",
            [("fr", CefrLevel.C1), ("en", CefrLevel.C1), ("zh", CefrLevel.A2)]),
        new("Coopération spatiale", "Space cooperation", ExpertKind.ETI, "EG", "Le Caire",
            "Agence spatiale égyptienne", ["space"], [MEAE],
            "Auprès de l'Agence spatiale égyptienne, l'experte ou l'expert accompagne les projets de coopération spatiale : **observation de la Terre** appliquée à l'agriculture et à l'eau, formation d'ingénieures et d'ingénieurs, montage de projets avec les agences et industriels français.",
            "- Ingénieure ou ingénieur du domaine spatial, dix ans d'expérience ;\n- pratique de la gestion de projets internationaux.",
            [("fr", CefrLevel.C1), ("en", CefrLevel.C1), ("ar", CefrLevel.A2)]),
        new("Développement du marché carbone", "Carbon market development", ExpertKind.ETI, "AO", "Luanda",
            "Ministère de l'Environnement d'Angola", ["carbon-market", "climate"], [MEAE, Tresor],
            "L'experte ou l'expert accompagne la mise en place d'un **marché carbone national** : registre, méthodologies de mesure, règles de l'article 6 de l'Accord de Paris, mobilisation des financements climat. La mission est placée sous la co-tutelle du MEAE et de la direction générale du Trésor.",
            "- Expérience des marchés carbone ou de la finance climat ;\n- portugais professionnel.",
            [("fr", CefrLevel.C1), ("pt", CefrLevel.B2), ("en", CefrLevel.B2)]),
        new("Appui à la réforme économique et financière", "Support to economic and financial reform", ExpertKind.ETI, "TD", "N'Djamena",
            "Ministère des Finances et du Budget du Tchad", ["public-finance"], [MEAE, Tresor],
            "L'experte ou l'expert appuie le ministère dans la conduite de la **réforme des finances publiques** : préparation budgétaire en mode programmes, mobilisation des recettes, gestion de la dette. Il ou elle coordonne son action avec les partenaires techniques et financiers.",
            "- Expérience de la gestion des finances publiques, en administration ou en institution financière internationale ;\n- connaissance de l'Afrique centrale appréciée.",
            [("fr", CefrLevel.C2)]),
        new("Conseil en diplomatie économique", "Economic diplomacy adviser", ExpertKind.ETI, "ZA", "Pretoria",
            "Département du Commerce, de l'Industrie et de la Concurrence", ["economic-diplomacy"], [Tresor],
            "L'experte ou l'expert renforce le dialogue économique bilatéral : climat des affaires, accès au marché, partenariats industriels dans les énergies renouvelables, en lien avec le service économique de l'ambassade.",
            "- Expérience du commerce international ou de l'attractivité ;\n- anglais courant.",
            [("fr", CefrLevel.C1), ("en", CefrLevel.C1)]),
        new("Appui au continuum éducatif", "Support to the educational continuum", ExpertKind.ETI, "SN", "Dakar",
            "Ministère de l'Éducation nationale du Sénégal", ["education"], [MEAE],
            "L'experte ou l'expert accompagne le ministère dans la mise en cohérence du **continuum éducatif**, de la petite enfance à la formation professionnelle : pilotage par les données, formation des enseignantes et des enseignants, articulation avec l'emploi.",
            "- Expérience des politiques éducatives et du pilotage de systèmes éducatifs ;\n- connaissance de l'Afrique de l'Ouest.",
            [("fr", CefrLevel.C2), ("wo", CefrLevel.A1)]),
        new("Appui à la politique culturelle et au français", "Support to cultural policy and the French language", ExpertKind.ETI, "MX", "Mexico",
            "Secrétariat à la Culture du Mexique", ["culture", "french-language"], [MEAE],
            "L'experte ou l'expert développe les coopérations culturelles et linguistiques : formation de médiatrices et de médiateurs culturels, enseignement du français dans le supérieur, échanges entre institutions patrimoniales.",
            "- Expérience de la coopération culturelle ou de l'enseignement du français ;\n- espagnol courant.",
            [("fr", CefrLevel.C2), ("es", CefrLevel.C1)]),
        new("Développement du sport pour toutes et tous", "Developing sport for all", ExpertKind.ETI, "MA", "Rabat",
            "Ministère de l'Éducation nationale, du Préscolaire et des Sports", ["sport"], [MEAE],
            "L'experte ou l'expert appuie le ministère dans le développement de la pratique sportive à l'école et dans les territoires, en lien avec la préparation de grands événements sportifs.",
            "- Expérience des politiques sportives publiques ;\n- capacité à conduire le changement.",
            [("fr", CefrLevel.C2), ("ar", CefrLevel.B1)]),
        new("Renforcement du système de santé", "Strengthening the health system", ExpertKind.ETI, "CI", "Abidjan",
            "Ministère de la Santé de Côte d'Ivoire", ["health"], [MEAE],
            "L'experte ou l'expert appuie le ministère dans la **couverture maladie universelle** et la lutte contre les maladies infectieuses : organisation de l'offre de soins, systèmes d'information sanitaire, ressources humaines en santé.",
            "- Médecin de santé publique ou profil équivalent ;\n- expérience d'un système de santé en Afrique.",
            [("fr", CefrLevel.C2)]),
        new("Conseil en adaptation au changement climatique", "Climate change adaptation adviser", ExpertKind.ETI, "BD", "Dacca",
            "Ministère de l'Environnement, des Forêts et du Changement climatique", ["climate", "crisis-resilience"], [MEAE],
            "L'experte ou l'expert accompagne le plan national d'adaptation : résilience des zones côtières, gestion des risques de catastrophe, accès aux financements climat.",
            "- Expérience de l'adaptation au changement climatique ou de la réduction des risques de catastrophe ;\n- anglais courant.",
            [("fr", CefrLevel.C1), ("en", CefrLevel.C1)]),
    ];
}
