## Accompagnement individuel (pages du personnel).

staff-nav-follow-ups = Suivis à prévoir
staff-nav-coverage = Langues par lieu

coaching-appointments = Rendez-vous d’accompagnement
coaching-none-yet = Aucun accompagnement réservé pour l’instant.
coaching-book-title = Réserver un rendez-vous d’accompagnement
coaching-choose = Type et lieu
coaching-kind = Type d’accompagnement
coaching-place = Lieu
coaching-any-place = N’importe quel lieu
coaching-show-slots = Afficher les créneaux libres
coaching-slots = Créneaux libres, les plus proches d’abord
coaching-minutes = { $minutes } min
coaching-interpreter = avec interprétariat par téléphone
coaching-book = Réserver ce créneau
coaching-no-slots = Aucun créneau libre dans les 60 prochains jours. Essayez un autre lieu ou un autre type, ou demandez à votre coordinateur ou à votre coordinatrice.
coaching-cancel-title = Annuler le rendez-vous
coaching-cancel-body = Le créneau est immédiatement libéré pour d’autres personnes. Prévenez la personne, dans sa langue.
coaching-cancel-confirm = Oui, annuler le rendez-vous
coaching-outcome-title = Enregistrer l’accompagnement
coaching-outcome-status = L’accompagnement a-t-il eu lieu ?
coaching-topics = Thèmes abordés
coaching-topics-hint = Par exemple logement, travail, santé, séjour, écoles.
coaching-handed-out = Ce qui a été remis
coaching-handed-out-hint = La brochure de bienvenue et sa langue, le passeport d’accueil, des informations sur les modules et les bons.
coaching-referrals = Orientations
coaching-referrals-hint = Vers où la personne a été orientée, par exemple une administration ou un service de conseil.
coaching-notes = Notes privées
coaching-notes-hint = Seuls les conseillers et les conseillères voient ces notes. N’écrivez que le nécessaire.
coaching-childcare = Une garde d’enfants est nécessaire pour le prochain rendez-vous

kind-start = Premier accompagnement
kind-follow-up = Suivi après deux ans
kind-individual-module = Module individuel
kind-desk-follow-up = Suivi après un passage au guichet d’accueil

status-booked = Réservé
status-held = A eu lieu
status-no-show = Absence
status-cancelled = Annulé

people-done-booked = L’accompagnement a été réservé. Référence : { $reference }
people-done-cancelled = Le rendez-vous a été annulé.
people-done-outcome = L’accompagnement a été enregistré.

follow-ups-title = Accompagnements de suivi à prévoir
follow-ups-intro = { $days ->
    [one] Personnes qui atteignent deux ans de séjour d’ici { $days } jour, ou qui les ont déjà atteints, et qui n’ont pas d’accompagnement de suivi réservé.
   *[other] Personnes qui atteignent deux ans de séjour d’ici { $days } jours, ou qui les ont déjà atteints, et qui n’ont pas d’accompagnement de suivi réservé.
}
follow-ups-due = À partir du
follow-ups-invite = Inviter
follow-ups-email-possible = e-mail possible
follow-ups-none = Personne n’est concerné sur cette période.

coverage-title = Langues par lieu et par jour
coverage-intro = Les langues que parlent les conseillers et les conseillères dans chaque lieu, pour chaque jour de la semaine. Pour les autres langues, un rendez-vous avec interprétariat par téléphone est réservé.
coverage-day = Jour
coverage-hours = Horaires
coverage-none = Aucun horaire de travail n’est encore enregistré.

error-slot-taken = Ce créneau vient d’être pris. Choisissez-en un autre.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Garde d’enfants
coaching-childcare-legend = Enfants à faire garder pendant le rendez-vous
coaching-children-care = Garde d’enfants : { $count } (âges { $ages })
childcare-title = Garde d’enfants pour l’accompagnement
childcare-intro = Rendez-vous pour lesquels la personne a indiqué à la réservation que des enfants doivent être gardés, par jour et par lieu. Organisez la garde à partir de cette liste ; la référence identifie le rendez-vous.
childcare-period = Période
childcare-from = À partir du
childcare-from-hint = Par exemple 2026-12-24
childcare-days = Nombre de jours
childcare-show = Afficher
childcare-day-summary = Enfants au total : { $children }. Au plus en même temps : { $most }.
childcare-col-time = Heure
childcare-col-children = Enfants
childcare-col-ages = Âges
childcare-col-reference = Référence
childcare-none = Aucune garde d’enfants n’est nécessaire pendant cette période.
