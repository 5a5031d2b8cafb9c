## Invitations à l’accompagnement de suivi après deux ans (e-mail et lettre imprimée pour la
## personne nouvellement arrivée, dans sa langue), et la page du personnel qui les envoie.

invite-subject = Invitation : un entretien gratuit sur vos deux premières années à { $city }
invite-hello = Bonjour { $name },
invite-body = Vous habitez à { $city } depuis environ deux ans. Beaucoup de questions arrivent seulement après un certain temps : sur le travail, l’école, le logement ou votre titre de séjour. Nous vous invitons à un entretien personnel gratuit dans votre langue.
invite-book = Réservez un créneau ici : { $url }
invite-call = Ou appelez-nous : { $phone }
invite-desk = Ou venez au guichet d’accueil, sans rendez-vous : { $address }

follow-ups-invite-all = Inviter toutes les personnes de la liste
follow-ups-invite-one = Inviter
follow-ups-invited = Invitation envoyée le { $date } ({ $channel })
channel-email = e-mail
channel-letter = lettre
follow-ups-invited-email = { $count ->
    [one] { $count } personne a été invitée par e-mail.
   *[other] { $count } personnes ont été invitées par e-mail.
}
follow-ups-letters-title = Lettres d’invitation à imprimer
follow-ups-letters-intro = Ces personnes n’ont pas d’adresse e-mail ou n’ont pas accepté de recevoir des messages. Imprimez les lettres et envoyez-les par la poste.
follow-ups-print = Imprimer les lettres
channel-sms = SMS
follow-ups-invited-sms = { $count ->
    [one] { $count } personne a été invitée par SMS.
   *[other] { $count } personnes ont été invitées par SMS.
}
follow-ups-already = { $count ->
    [one] { $count } personne était déjà invitée pour cette période. Rien n’a été renvoyé.
   *[other] { $count } personnes étaient déjà invitées pour cette période. Rien n’a été renvoyé.
}
follow-ups-letters-pdf = Télécharger les lettres en un seul PDF à imprimer
sms-invite = { $city } : vous habitez ici depuis environ deux ans. Nous vous invitons à un entretien gratuit dans votre langue. Réservez : { $url } ou appelez le { $phone }
