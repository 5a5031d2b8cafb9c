## La file d’attente des e-mails (page du personnel).

staff-nav-outbox = File d’attente des e-mails
outbox-title = File d’attente des e-mails
outbox-intro = Confirmations et rappels envoyés aux personnes nouvellement arrivées. Si un message n’a pas pu être envoyé, l’envoi est retenté plus tard ; après huit tentatives, le message est marqué en échec.
outbox-col-created = Mis en file d’attente
outbox-col-kind = Type
outbox-col-to = Destinataire
outbox-col-status = Statut
outbox-col-attempts = Tentatives
outbox-col-error = Dernière erreur
outbox-empty = La file d’attente est vide.
mail-kind-confirmation = Confirmation
mail-kind-reminder = Rappel
mail-kind-invitation = Invitation
mail-status-pending = En attente
mail-status-sent = Envoyé
mail-status-failed = Échec
outbox-col-channel = Canal
