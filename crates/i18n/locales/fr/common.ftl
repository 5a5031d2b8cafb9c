## Commun à toutes les pages : mise en page, dates, erreurs.

site-name = Service d’accueil
site-tagline = De l’aide pour les nouveaux habitants de { $city }, dans votre langue
skip-to-content = Aller au contenu principal
language-switcher-label = Choisissez votre langue
main-navigation = Menu principal
breadcrumbs-label = Vous êtes ici
footer-help-title = Aide sur place
footer-desk = Guichet d’accueil : { $address }
footer-hotline = Appelez-nous : { $phone }
footer-email = E-mail : { $email }
footer-opening-hours = Horaires d’ouverture
footer-accessibility = Déclaration d’accessibilité
footer-privacy = Confidentialité
footer-staff-login = Connexion du personnel
closed = Fermé
hours-range = { $from }–{ $to }

## Dates. date-long reçoit le jour, le nom du mois et l’année.
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = Lundi
weekday-2 = Mardi
weekday-3 = Mercredi
weekday-4 = Jeudi
weekday-5 = Vendredi
weekday-6 = Samedi
weekday-7 = Dimanche

## Pages d’erreur.
error-title-prefix = Erreur : { $title }
error-summary-title = Il y a un problème
error-page-not-found-title = Page introuvable
error-page-not-found-body = Nous ne trouvons pas cette page. Vérifiez l’adresse ou allez à la page d’accueil.
error-page-forbidden-title = Vous ne pouvez pas ouvrir cette page
error-page-forbidden-body = Votre compte ne vous donne pas accès à cette page. Si vous en avez besoin, demandez à votre coordinateur ou à votre coordinatrice.
error-page-bad-request-title = Une partie de la demande était incorrecte
error-page-bad-request-body = La page n’a pas pu utiliser ce qui a été envoyé. Revenez en arrière et réessayez.
error-page-csrf-title = Le formulaire a expiré
error-page-csrf-body = Pour votre sécurité, le formulaire n’a pas pu être envoyé. Revenez en arrière, rechargez la page et envoyez de nouveau le formulaire.
error-page-too-many-title = Trop de tentatives
error-page-too-many-body = Attendez quelques minutes, puis réessayez.
error-page-server-title = Désolés, le service a un problème
error-page-server-body = Réessayez plus tard. Vous avez besoin d’aide maintenant ? Appelez-nous ou venez au guichet d’accueil.
error-page-conflict-title = Quelqu’un l’a modifié en même temps
error-page-conflict-body = Une autre personne vient de le modifier. Revenez en arrière, rechargez la page et réessayez.
error-page-too-large-title = Le fichier ou le formulaire est trop gros
error-page-too-large-body = Envoyez un fichier plus petit ou moins de texte.
error-back-home = Aller à la page d’accueil
error-reference = Référence : { $reference }

## Messages à côté des champs de formulaire. $limit est un nombre.
error-required = Remplissez ce champ
error-too-long = Utilisez { $limit } caractères au maximum
error-too-short = Utilisez au moins { $limit } caractères
error-too-small = Indiquez un nombre égal ou supérieur à { $limit }
error-too-large = Indiquez un nombre égal ou inférieur à { $limit }
error-not-a-number = Indiquez un nombre entier, par exemple 12
error-control-characters = Supprimez les caractères spéciaux qui ne sont pas autorisés ici
error-invalid-email = Indiquez une adresse e-mail comme nom@example.org
error-invalid-choice = Choisissez l’une des options
error-invalid-phone = Indiquez un numéro de téléphone au format international, qui commence par + et l’indicatif du pays
error-invalid-hours = Indiquez les horaires comme ceci : 08:00-12:00, 13:00-17:00
error-overlapping-hours = Les horaires d’une même journée ne doivent pas se chevaucher
error-invalid-timezone = Indiquez un fuseau horaire comme Europe/Stockholm
error-invalid-language = Choisissez une langue
error-password-too-common = Ce mot de passe est trop facile à deviner ; choisissez-en un plus long ou moins courant
error-passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques
error-wrong-password = Le mot de passe actuel n’est pas correct
error-required-for-provider-role = Les comptes d’organismes de formation doivent indiquer leur organisme
error-only-for-provider-role = Seuls les comptes d’organismes de formation sont rattachés à un organisme
error-unknown-provider = Aucun organisme de formation ne porte ce nom
error-email-taken = Un compte existe déjà avec cette adresse e-mail
