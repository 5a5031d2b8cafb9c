## E-mails aux personnes nouvellement arrivées, dans leur langue. Texte brut, un message par ligne.

mail-confirmation-subject = Votre rendez-vous : { $when }
mail-reminder-subject = Rappel : votre rendez-vous de demain, { $when }
mail-hello = Bonjour,
mail-booked = Votre entretien personnel au service d’accueil est réservé.
mail-reminder = Nous vous rappelons votre entretien personnel de demain au service d’accueil.
mail-when = Quand : { $when }
mail-where = Où : { $place }, { $address }
mail-reference = Votre référence : { $reference }
mail-link = Pour voir ou annuler votre rendez-vous, ouvrez ce lien : { $link }
mail-help = Des questions ? Appelez-nous : { $phone }
mail-signature = Le service d’accueil de { $city }
sms-reminder = { $city } : rappel de votre rendez-vous demain, { $when }, { $place }. Référence { $reference }. Questions : { $phone }
