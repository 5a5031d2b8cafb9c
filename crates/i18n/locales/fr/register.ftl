## Le registre des usagers du service (pages du personnel).

staff-nav-people = Personnes
staff-nav-import = Importer des titres de séjour
staff-nav-privacy = Confidentialité et conservation
yes = Oui
no = Non

people-title = Personnes
people-search-title = Rechercher une personne
people-search-name = Nom
people-search-name-hint = Dans n’importe quelle écriture ou orthographe, dans n’importe quel ordre. Vous pouvez aussi chercher seulement par date de naissance.
people-search-submit = Rechercher
people-results = { $count ->
    [one] { $count } personne trouvée
   *[other] { $count } personnes trouvées
}
people-no-results = Aucune personne trouvée. Vérifiez l’orthographe ou cherchez par date de naissance.
people-erased = Les données de la personne ont été effacées.

people-new-title = Inscrire une personne
people-new-intro = N’enregistrez que ce que la personne accepte. Les champs marqués comme facultatifs peuvent rester vides.
people-full-name = Nom complet
people-full-name-hint = Comme sur la pièce d’identité, dans n’importe quelle écriture et dans n’importe quel ordre.
people-latin-name = Nom en lettres latines (facultatif)
people-latin-name-hint = Seulement s’il figure sur le document, par exemple dans sa ligne de lecture automatique.
people-birth-date = Date de naissance
people-birth-date-hint = Si le document n’indique que l’année, saisissez seulement l’année. Par exemple 17 4 1990.
people-day = Jour
people-month = Mois
people-year = Année
people-choose = Choisissez…
people-citizenship = Nationalité
people-languages = Langues parlées par la personne
people-languages-hint = La langue préférée en premier. Les documents et les lettres pour la personne sont rédigés dans la première de ces langues que le service propose.
people-language-n = Langue { $n }
people-permit-issued-on = Date de délivrance du premier titre de séjour
people-optional = (facultatif)
people-date-hint = Par exemple 2026-11-25.
people-certificate-required = Obligation légale d’obtenir un certificat de langue
people-phone = Téléphone
people-phone-hint = Format international, par exemple +46 70 123 45 67.
people-email = E-mail
people-address = Adresse
people-district = Quartier
people-consents = Consentement
people-consents-hint = Montrez à la personne les textes ci-dessous dans sa langue et ne cochez que ce qu’elle accepte. Les textes à lire :
people-channel = Comment le consentement a été donné
people-text-language = Langue du texte lu par la personne
people-create = Inscrire la personne
people-create-anyway = Aucune de ces personnes : inscrire une nouvelle personne
people-duplicates-title = Cette personne est peut-être déjà inscrite
people-duplicates-body = Ouvrez la fiche s’il s’agit de la même personne. S’il s’agit de quelqu’un d’autre, inscrivez une nouvelle personne ci-dessous.

purpose-basic = Données de base pour l’accompagnement et les bons (obligatoire)
purpose-profile = Profil pour de meilleurs conseils (formation, métier, niveau de langue)
purpose-share-immigration = Transmission des données de base au service de l’immigration
purpose-reminders = Rappels par e-mail ou par SMS
purpose-surveys = Enquêtes de satisfaction et de suivi

consent-basic-text = Le service d’accueil garde votre nom, votre date de naissance, votre nationalité, vos langues, votre adresse et vos coordonnées. Nous les utilisons pour vous offrir un accompagnement, des réunions d’information et des bons pour des cours de langue. Seul le personnel du service les voit. Vous pouvez les voir, les corriger ou les supprimer à tout moment.
consent-profile-text = Vous pouvez nous parler de votre formation, de votre métier, de vos qualifications et de votre niveau de langue. Nous utilisons ces informations seulement pour mieux vous conseiller, par exemple sur le bon cours de langue. C’est facultatif. Vous pouvez retirer votre consentement à tout moment, et nous supprimons alors ces informations immédiatement.
consent-share-immigration-text = Nous pouvons transmettre certaines informations au service de l’immigration, par exemple quand votre titre de séjour dépend d’un examen de langue. Ce sont votre nom, votre date de naissance et le fait que vous avez participé ou non à l’accompagnement et aux cours. Rien d’autre n’est transmis. Vous pouvez retirer votre consentement à tout moment.
consent-reminders-text = Nous pouvons vous envoyer par e-mail ou par SMS des rappels de vos rendez-vous et de vos réunions. Vous pouvez les arrêter à tout moment.
consent-surveys-text = Plus tard, nous pouvons vous demander à quel point vous êtes satisfait du service, et comment vous allez après deux ans. La réponse est facultative. Vous pouvez arrêter cela à tout moment.

channel-in-person = En personne
channel-paper = Sur papier
channel-phone = Par téléphone
channel-online = En ligne
channel-import = Import du service de l’immigration

people-done-created = La personne a été inscrite.
people-done-updated = Les modifications ont été enregistrées.
people-done-consent-given = Le consentement a été enregistré.
people-done-consent-withdrawn = Le consentement a été retiré et les données qui en dépendaient ont été supprimées.
people-done-profile-saved = Le profil a été enregistré.
people-done-merged = Les deux fiches ont été fusionnées.
people-next-steps = Prochaines étapes
people-next-website = Montrez à la personne le site web du service d’accueil en { $language }.
people-basic-data = Données de base
people-eu-citizen = Ressortissant de l’UE, de l’EEE ou de la Suisse
people-third-country = Ressortissant d’un pays tiers
people-document-language = Langue des documents
people-due-next = Prochaines échéances
people-follow-up-due = Accompagnement de suivi après deux ans : à partir du { $date }.
people-follow-up-unknown = La date du premier titre de séjour n’est pas connue, donc la date du suivi n’est pas connue non plus.
people-purpose = Finalité
people-given = Donné le
people-text-version = Version du texte
people-withdrawn-on = Retiré le { $date }
people-consent-live = Donné
people-withdraw = Retirer
people-give-consent = Enregistrer un autre consentement
people-record-consent = Enregistrer le consentement
people-profile = Profil
people-profile-intro = Informations facultatives qui aident à donner des conseils adaptés.
people-profile-needs-consent = La personne n’a pas accepté de profil. Enregistrez d’abord le consentement pour le profil.
people-edit-profile = Modifier le profil
people-education-level = Formation
people-language-level = Niveau dans la langue locale
people-profession = Métier
people-qualifications = Qualifications à faire reconnaître
people-qualifications-hint = Par exemple des diplômes et des certificats obtenus à l’étranger.
people-not-given = Non renseigné
education-none = Pas de scolarité
education-primary = École primaire
education-secondary = École secondaire
education-vocational = Formation professionnelle
education-tertiary = Université ou enseignement supérieur
level-a0 = Aucun pour l’instant
level-a1 = A1 – débutant
level-a2 = A2 – élémentaire
level-b1 = B1 – intermédiaire
level-b2 = B2 – intermédiaire avancé
level-c1 = C1 – avancé
level-c2 = C2 – maîtrise
people-rights = Droits en matière de protection des données
people-export-readable = Tout ce que nous conservons, sous forme de document lisible dans la langue de la personne
people-export-json = Tout ce que nous conservons, sous forme de fichier JSON
people-history = Historique de cette fiche
people-edit-title = Corriger les données de base
people-save = Enregistrer

people-withdraw-title = Retirer le consentement : { $purpose } ?
people-withdraw-basic-body = Sans ce consentement, le service ne peut rien conserver. La fiche de la personne sera effacée immédiatement : nom, date de naissance, coordonnées, langues, consentements et profil. Seuls des chiffres anonymes restent. Cette action ne peut pas être annulée.
people-withdraw-profile-body = Les données du profil (formation, métier, qualifications, niveau de langue) seront supprimées immédiatement.
people-withdraw-other-body = À partir de maintenant, le service cesse de faire cela pour la personne.
people-withdraw-confirm = Oui, retirer le consentement

people-merge-title = Fusionner une fiche en double
people-merge-intro = Choisissez le doublon de { $name }. Ses langues, ses consentements et son profil passent dans cette fiche, puis le doublon est supprimé.
people-merge-candidates = Fiches avec un nom proche
people-merge-other = Identifiant de la fiche en double
people-merge-other-hint = Le long identifiant à la fin de l’adresse du doublon.
people-merge-compare = Comparer
people-merge-keep = À conserver
people-merge-remove = À supprimer
people-merge-body = Vérifiez que les deux fiches concernent la même personne. La fusion est inscrite dans le journal d’audit et ne peut pas être annulée.
people-merge-confirm = Oui, fusionner les fiches

people-erase-title = Effacer les données de cette personne
people-erase-body = Tout ce qui permet d’identifier la personne sera supprimé immédiatement : nom, date de naissance, coordonnées, langues, consentements et profil. Ce que la ville doit conserver pour sa comptabilité reste, sans le nom de la personne. Cette action ne peut pas être annulée.
people-erase-confirm = Oui, effacer les données

export-title = Vos données au service d’accueil
export-intro = Voici tout ce que le service d’accueil de { $city } conserve sur vous.
export-history = Ce qui a été fait avec vos données
export-rights = Vous pouvez nous demander à tout moment de corriger ou de supprimer vos données. Vous pouvez aussi déposer une réclamation auprès de l’autorité de protection des données.

consent-texts-title = Ce que vous acceptez
consent-texts-intro = Veuillez lire ce texte. Vous décidez pour chaque point. Le service d’accueil de { $city } est gratuit, même si vous n’acceptez pas les points facultatifs.
consent-texts-withdraw = Vous pouvez retirer chaque consentement à tout moment : au guichet, par téléphone ou par e-mail.

import-title = Importer les nouveaux titres de séjour
import-intro = Chargez le fichier du service de l’immigration avec les premiers titres de séjour délivrés récemment. Si une ligne pose problème, rien n’est importé et tous les problèmes sont listés. Importer de nouveau le même fichier ne crée pas de doublons.
import-columns = Colonnes (première ligne du fichier) :
import-file = Fichier CSV
import-file-hint = UTF-8, séparé par des virgules ou des points-virgules. Plusieurs langues ou consentements dans une même cellule sont séparés par des points-virgules.
import-submit = Importer
import-done = { $created } personnes inscrites, { $skipped } déjà inscrites auparavant.
import-problems = { $count ->
    [one] Le fichier contient { $count } problème
   *[other] Le fichier contient { $count } problèmes
}
import-nothing-imported = Rien n’a été importé. Corrigez le fichier et chargez-le de nouveau.
import-line = Ligne
import-column = Colonne
import-reason = Problème

records-title = Confidentialité et conservation
records-intro = Le registre des activités de traitement (article 30 du RGPD) : quelles données personnelles le service conserve, pourquoi, sur quelle base légale, pendant combien de temps et qui les voit. Il est généré à partir de la cartographie des données du service.
records-retention = Durée de conservation
records-expired = { $count ->
    [one] { $count } fiche a dépassé la durée de conservation et sera effacée par le traitement de cette nuit.
   *[other] { $count } fiches ont dépassé la durée de conservation et seront effacées par le traitement de cette nuit.
}
records-retention-years = Années après le dernier contact
records-retention-hint = Les fiches sont effacées automatiquement ce nombre d’années après le dernier contact de la personne avec le service.
records-column = Colonne
records-purpose = Finalité
records-legal-basis = Base légale
records-who = Qui les voit

## Messages à côté des champs de formulaire.
error-unknown-country = Choisissez un pays dans la liste
error-unknown-language = Choisissez une langue dans la liste
error-duplicate-language = Chaque langue une seule fois
error-too-many = Choisissez-en { $limit } au maximum
error-invalid-date = Indiquez une date qui existe
error-date-in-future = La date ne peut pas être dans le futur
error-before-birth = Cette date est antérieure à la date de naissance
error-not-latin = Utilisez uniquement des lettres latines dans ce champ
error-consent-required = La personne doit accepter les données de base, sinon rien ne peut être enregistré
error-consent-basic-required = Cochez la case pour accepter que le service d’accueil conserve vos données de base : sans cela, nous ne pouvons rien enregistrer.
error-consent-modules-required = Cochez la case pour accepter que votre inscription soit conservée : sans cela, nous ne pouvons pas vous inscrire.
error-duplicate-consent = Ce consentement est déjà enregistré
error-consent-missing = La personne n’a pas accepté cela ; enregistrez d’abord le consentement
error-unknown-person = Aucune fiche ne porte cet identifiant
error-not-csv = Chargez un fichier CSV
error-not-utf8 = Enregistrez le fichier en texte UTF-8 et chargez-le de nouveau
error-invalid-csv = Cette ligne ne peut pas être lue comme du CSV
error-unknown-column = Cette colonne est inconnue
error-missing-column = Cette colonne manque
error-too-many-rows = Le fichier contient trop de lignes ; divisez-le
error-wrong-number-of-fields = Cette ligne n’a pas le même nombre de champs que la première ligne
error-duplicate-in-file = Cet identifiant de titre de séjour apparaît deux fois dans le fichier
error-empty-file = Le fichier ne contient aucune ligne

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Inscription aux modules d'information
consent-modules-text = Pour vous inscrire à un module d'information en groupe, le service d'accueil garde votre nom, votre date de naissance, vos coordonnées ainsi que le nombre et l'âge de vos enfants pour la garde. Nous les utilisons pour réserver votre place ou votre place sur la liste d'attente, vous prévenir des changements et compter votre présence pour votre passeport d'accueil. Les coordonnées d'une inscription sont effacées 90 jours après la séance. Vous pouvez retirer ce consentement à tout moment ; vos inscriptions sont alors annulées.
