## L’espace de gestion du personnel.

staff-title = Espace de gestion
staff-nav-home = Vue d’ensemble
staff-nav-users = Comptes du personnel
staff-nav-audit = Journal d’audit
staff-nav-settings = Paramètres de la ville
staff-nav-account = Mon compte
staff-logout = Se déconnecter
staff-signed-in-as = Session ouverte : { $name } ({ $role })
staff-language-label = Langue de l’espace de gestion
staff-language-change = Changer de langue

role-coordinator = Coordination
role-counsellor = Conseil
role-trainer = Formation
role-desk = Accueil au guichet
role-provider = Organisme de formation
role-clerk = Agent du service de l’immigration
role-desk_lead = Responsable de l’accueil
role-partner_agent = Agent du centre d’appels partenaire

## Connexion.
login-title = Connexion du personnel
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-failed = L’adresse e-mail ou le mot de passe n’est pas correct.
login-locked = Ce compte est bloqué pendant { $minutes } minutes après trop de mots de passe erronés.
login-throttled = Trop de tentatives de connexion depuis cet ordinateur. Attendez quelques minutes, puis réessayez.
login-logged-out = Votre session est fermée.
login-expired = Votre session a expiré. Connectez-vous de nouveau.

## Vue d’ensemble.
staff-home-title = Vue d’ensemble
staff-home-welcome = Bienvenue, { $name }.
staff-home-role = Votre rôle : { $role }
staff-home-city = { $city } : { $inhabitants } habitants, environ { $newcomers } nouveaux arrivants par an.

## Comptes du personnel.
users-title = Comptes du personnel
users-create-title = Créer un compte pour un membre du personnel
users-name = Nom complet
users-email = Adresse e-mail
users-email-hint = La personne se connecte avec cette adresse.
users-role = Rôle
users-provider = Organisme de formation
users-provider-hint = Uniquement pour les comptes d’organismes de formation : le nom de l’organisme.
users-password = Mot de passe initial
users-password-hint = Au moins 12 caractères. Transmettez-le à la personne de façon sûre ; elle pourra le changer après sa connexion.
users-ui-language = Langue de l’espace de gestion
users-create-submit = Créer le compte
users-created = Le compte de { $name } a été créé.
users-col-name = Nom
users-col-email = E-mail
users-col-role = Rôle
users-col-status = Statut
users-col-actions = Actions
users-status-active = Actif
users-status-disabled = Désactivé
users-status-locked = Bloqué
users-disable = Désactiver
users-enable = Activer
users-disable-confirm-title = Désactiver le compte de { $name } ?
users-disable-confirm-body = La session de { $name } sera fermée immédiatement et cette personne ne pourra plus se connecter. Ses jetons d’API ne fonctionneront plus. Vous pourrez réactiver le compte plus tard. Cette action est inscrite dans le journal d’audit.
users-disable-confirm-submit = Oui, désactiver le compte
users-cancel = Annuler
users-disabled-done = Le compte de { $name } a été désactivé.
users-enabled-done = Le compte de { $name } a été activé.
users-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}

## Journal d’audit.
audit-title = Journal d’audit
audit-intro = Qui a fait quoi sur quel enregistrement, et quand. Les entrées ne peuvent être ni modifiées ni supprimées.
audit-filter-title = Filtre
audit-filter-action = Action
audit-filter-entity = Type d’enregistrement
audit-filter-entity-id = Identifiant de l’enregistrement
audit-filter-actor = E-mail du membre du personnel
audit-filter-submit = Appliquer le filtre
audit-filter-clear = Effacer le filtre
audit-col-time = Heure (UTC)
audit-col-actor = Qui
audit-col-action = Action
audit-col-entity = Enregistrement
audit-col-detail = Détail
audit-actor-system = Système ou site public
audit-empty = Aucune entrée ne correspond à ce filtre.
audit-older = Entrées plus anciennes

## Paramètres de la ville.
settings-title = Paramètres de la ville
settings-intro = Ces informations apparaissent sur le site public, dans les documents et dans le planning.
settings-city-name = Nom de la ville
settings-inhabitants = Habitants
settings-newcomers = Nouveaux arrivants par an (environ)
settings-desk-address = Adresse du guichet d’accueil
settings-desk-hours = Horaires d’ouverture du guichet
settings-desk-hours-hint = Pour chaque jour, des horaires comme 08:00-12:00, 13:00-17:00. Laissez vide si le guichet est fermé.
settings-hotline = Numéro de la ligne téléphonique
settings-hotline-hint = Format international, par exemple +46 8 123 456 00.
settings-email = Adresse e-mail du service
settings-timezone = Fuseau horaire
settings-timezone-hint = Par exemple Europe/Stockholm.
settings-source-language = Langue dans laquelle le contenu est d’abord rédigé
settings-submit = Enregistrer les paramètres
settings-saved = Les paramètres ont été enregistrés.

## Mon compte.
account-title = Mon compte
account-password-title = Changez votre mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-hint = Au moins 12 caractères. Quelques mots mis bout à bout sont faciles à retenir et difficiles à deviner.
account-confirm-password = Confirmez le nouveau mot de passe
account-password-submit = Changer le mot de passe
account-password-changed = Votre mot de passe a été changé. Vos autres sessions ont été fermées.
settings-stale-after-days = Les cours quittent la liste publique après (jours sans mise à jour)
settings-stale-after-days-hint = Un organisme doit confirmer chaque cours dans ce nombre de jours, sinon il est masqué et l’organisme est signalé comme non à jour. Jours entiers, de 1 à 3650.
