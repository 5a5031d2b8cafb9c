## Les personnes nouvellement arrivées réservent un accompagnement sur le site. Mots simples, phrases courtes, « vous ».

book-title = Réserver un entretien personnel
book-intro = Un conseiller ou une conseillère parle avec vous dans votre langue. L’entretien est gratuit. Vous n’avez pas besoin de papiers pour le réserver.
book-what = De quoi avez-vous besoin ?
book-kind-start-hint = Vous venez d’arriver dans la ville. Nous vous expliquons comment les choses fonctionnent ici.
book-kind-follow-up-hint = Vous habitez ici depuis environ deux ans et vous avez de nouvelles questions.
book-kind-individual-module-hint = De l’aide sur un seul sujet, par exemple pour faire reconnaître votre diplôme.
book-language = Votre langue
book-language-hint = Nous cherchons un conseiller ou une conseillère qui parle votre langue. Sinon, un ou une interprète vous aide par téléphone.
book-continue = Continuer
book-back = Retour
book-times-title = Choisissez un créneau
book-times-choose = Créneaux libres
book-with-interpreter = avec interprétariat par téléphone
book-no-times = Il n’y a pas de créneau libre pour le moment. Appelez-nous, s’il vous plaît. Nous trouverons un créneau avec vous.
book-details-title = Vos informations
book-your-time = Votre rendez-vous : { $when }
book-choose-other = Choisir un autre créneau
book-name = Votre nom
book-name-hint = Comme sur votre pièce d’identité, dans n’importe quelle écriture.
book-birth-hint = Si vous connaissez seulement l’année, écrivez seulement l’année.
book-phone-hint = Pour que nous puissions vous joindre. Avec l’indicatif du pays, par exemple +46 70 123 45 67.
book-email-hint = Indiquez un numéro de téléphone ou une adresse e-mail, ou les deux.
book-consent = Votre consentement
book-consent-basic = J’accepte (obligatoire pour réserver)
book-consent-reminders = Envoyez-moi un rappel du rendez-vous (facultatif)
book-check-title = Vérifiez vos réponses
book-when = Quand
book-confirm = Réserver l’entretien
book-change = Modifier mes réponses
book-appointment-title = Votre rendez-vous
book-booked-title = Votre entretien est réservé
book-reference = Votre référence : { $reference }
book-reference-label = Référence
book-cancelled = Ce rendez-vous a été annulé.
book-next-title = Et ensuite ?
book-next-body = Venez à l’heure au lieu du rendez-vous. Apportez votre pièce d’identité ou votre titre de séjour, si vous en avez un. Vous avez besoin d’un ou d’une interprète ? Nous l’appelons pour vous.
book-keep-link = Gardez cette page ou son adresse. Avec elle, vous pouvez voir ou annuler votre rendez-vous.
book-cancel = Annuler le rendez-vous
book-move = Vous pouvez changer l’heure :

error-phone-or-email = Indiquez un numéro de téléphone ou une adresse e-mail, pour que nous puissions vous joindre
book-move-link = Choisir un autre horaire
book-move-title = Choisir un nouvel horaire
book-move-intro = Votre rendez-vous actuel : { $when }. Il reste réservé jusqu’à ce que vous ayez choisi un nouvel horaire.
book-move-confirm = Déplacer mon rendez-vous à cet horaire
book-moved = Votre rendez-vous a été déplacé. Voici le nouvel horaire.

## Childcare during the appointment (issue 4).
book-childcare-legend = Avez-vous besoin d’une garde d’enfants pendant le rendez-vous ?
book-childcare = Garde d’enfants
book-childcare-none = Pas nécessaire
