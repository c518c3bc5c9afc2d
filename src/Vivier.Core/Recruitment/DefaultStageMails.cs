namespace Vivier.Core.Recruitment;

/// <summary>The stage mails a new database starts with, in French and English; staff edit them afterwards.</summary>
public static class DefaultStageMails
{
    private sealed record Text(string Stage, bool Enabled, string SubjectFr, string BodyFr, string SubjectEn, string BodyEn);

    private static readonly Text[] Texts =
    [
        new(PipelineStage.Received, true,
            "Candidature reçue : {mission}",
            "Bonjour {prenom},\n\nNous avons bien reçu votre candidature à la mission {reference} « {mission} ». Nous l'examinerons avec attention et vous écrirons à chaque étape.\n\nVous pouvez la suivre ici : {lien}",
            "Application received: {mission}",
            "Dear {prenom},\n\nWe have received your application to mission {reference} \"{mission}\". We will review it carefully and keep you informed at each step.\n\nYou can follow it here: {lien}"),
        new("screening", false,
            "Votre candidature est en cours d'examen",
            "Bonjour {prenom},\n\nVotre candidature à la mission {reference} « {mission} » est en cours d'examen.\n\n{lien}",
            "Your application is being reviewed",
            "Dear {prenom},\n\nYour application to mission {reference} \"{mission}\" is being reviewed.\n\n{lien}"),
        new("shortlisted", true,
            "Votre candidature est retenue pour la suite",
            "Bonjour {prenom},\n\nBonne nouvelle : votre candidature à la mission {reference} « {mission} » est retenue pour la suite de la sélection. Nous reviendrons vers vous rapidement.\n\n{lien}",
            "Your application is shortlisted",
            "Dear {prenom},\n\nGood news: your application to mission {reference} \"{mission}\" has been shortlisted. We will be in touch shortly.\n\n{lien}"),
        new("interview", true,
            "Entretien pour la mission {reference}",
            "Bonjour {prenom},\n\nNous souhaitons vous rencontrer au sujet de la mission {reference} « {mission} ». Un membre de l'équipe vous contactera pour fixer la date de l'entretien.\n\n{lien}",
            "Interview for mission {reference}",
            "Dear {prenom},\n\nWe would like to meet you about mission {reference} \"{mission}\". A member of the team will contact you to set a date for the interview.\n\n{lien}"),
        new("offer", true,
            "Proposition pour la mission {reference}",
            "Bonjour {prenom},\n\nNous avons le plaisir de vous proposer la mission {reference} « {mission} ». L'équipe vous contactera pour en préciser les conditions.\n\n{lien}",
            "Offer for mission {reference}",
            "Dear {prenom},\n\nWe are pleased to offer you mission {reference} \"{mission}\". The team will contact you about the terms.\n\n{lien}"),
        new(PipelineStage.Hired, true,
            "Bienvenue : votre recrutement est confirmé",
            "Bonjour {prenom},\n\nVotre recrutement pour la mission {reference} « {mission} » est confirmé. La préparation de votre départ commence : vous recevrez les prochaines étapes très bientôt.\n\n{lien}",
            "Welcome: your recruitment is confirmed",
            "Dear {prenom},\n\nYour recruitment for mission {reference} \"{mission}\" is confirmed. Preparations for your departure begin now: you will receive the next steps very soon.\n\n{lien}"),
        new(PipelineStage.Rejected, true,
            "Votre candidature à la mission {reference}",
            "Bonjour {prenom},\n\nNous vous remercions de l'intérêt que vous portez à la mission {reference} « {mission} ». Après examen, nous ne donnerons pas suite à votre candidature. Votre profil reste visible pour les prochaines missions si vous l'avez accepté.\n\n{lien}",
            "Your application to mission {reference}",
            "Dear {prenom},\n\nThank you for your interest in mission {reference} \"{mission}\". After careful review, we will not be taking your application further. Your profile remains available for future missions if you agreed to it.\n\n{lien}"),
        new(PipelineStage.Withdrawn, false,
            "Candidature retirée",
            "Bonjour {prenom},\n\nVotre candidature à la mission {reference} « {mission} » est retirée.\n\n{lien}",
            "Application withdrawn",
            "Dear {prenom},\n\nYour application to mission {reference} \"{mission}\" has been withdrawn.\n\n{lien}"),
    ];

    /// <summary>Both languages' templates of the default stages.</summary>
    public static IEnumerable<StageMailTemplate> Templates() => Texts.SelectMany(t => new[]
    {
        new StageMailTemplate { StageKey = t.Stage, Language = Locale.French, Enabled = t.Enabled, Subject = t.SubjectFr, Body = t.BodyFr },
        new StageMailTemplate { StageKey = t.Stage, Language = Locale.English, Enabled = t.Enabled, Subject = t.SubjectEn, Body = t.BodyEn },
    });
}
