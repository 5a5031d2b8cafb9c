## Der interne Verwaltungsbereich für Mitarbeitende.

staff-title = Verwaltungsbereich
staff-nav-home = Übersicht
staff-nav-users = Benutzerkonten
staff-nav-audit = Prüfprotokoll
staff-nav-settings = Einstellungen der Stadt
staff-nav-account = Mein Konto
staff-logout = Abmelden
staff-signed-in-as = Angemeldet als { $name } ({ $role })
staff-language-label = Sprache des Verwaltungsbereichs
staff-language-change = Sprache ändern

role-coordinator = Koordination
role-counsellor = Beratung
role-trainer = Kursleitung
role-desk = Empfang im Willkommensbüro
role-provider = Kursträger
role-clerk = Sachbearbeitung Ausländerbehörde
role-desk_lead = Leitung des Empfangs
role-partner_agent = Mitarbeit im Partner-Callcenter

## Anmeldung.
login-title = Anmeldung für Mitarbeitende
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-failed = Die E-Mail-Adresse oder das Passwort ist nicht richtig.
login-locked = Dieses Konto ist nach zu vielen falschen Passwörtern für { $minutes } Minuten gesperrt.
login-throttled = Zu viele Anmeldeversuche von diesem Computer. Warten Sie einige Minuten und versuchen Sie es dann erneut.
login-logged-out = Sie sind abgemeldet.
login-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.

## Übersicht.
staff-home-title = Übersicht
staff-home-welcome = Willkommen, { $name }.
staff-home-role = Ihre Rolle: { $role }
staff-home-city = { $city }: { $inhabitants } Einwohnerinnen und Einwohner, etwa { $newcomers } Neuankommende pro Jahr.

## Benutzerkonten.
users-title = Benutzerkonten
users-create-title = Benutzerkonto anlegen
users-name = Vollständiger Name
users-email = E-Mail-Adresse
users-email-hint = Die Person meldet sich mit dieser Adresse an.
users-role = Rolle
users-provider = Organisation des Kursträgers
users-provider-hint = Nur für Konten von Kursträgern: der Name der Organisation.
users-password = Erstes Passwort
users-password-hint = Mindestens 12 Zeichen. Geben Sie es der Person auf sicherem Weg weiter; sie kann es nach der Anmeldung ändern.
users-ui-language = Sprache des Verwaltungsbereichs
users-create-submit = Konto anlegen
users-created = Das Konto von { $name } wurde angelegt.
users-col-name = Name
users-col-email = E-Mail
users-col-role = Rolle
users-col-status = Status
users-col-actions = Aktionen
users-status-active = Aktiv
users-status-disabled = Deaktiviert
users-status-locked = Gesperrt
users-disable = Deaktivieren
users-enable = Aktivieren
users-disable-confirm-title = Konto von { $name } deaktivieren?
users-disable-confirm-body = { $name } wird sofort abgemeldet und kann sich nicht mehr anmelden. Die API-Tokens dieser Person funktionieren nicht mehr. Sie können das Konto später wieder aktivieren. Dies wird im Prüfprotokoll festgehalten.
users-disable-confirm-submit = Ja, Konto deaktivieren
users-cancel = Abbrechen
users-disabled-done = Das Konto von { $name } wurde deaktiviert.
users-enabled-done = Das Konto von { $name } wurde aktiviert.
users-count = { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}

## Prüfprotokoll.
audit-title = Prüfprotokoll
audit-intro = Wer hat was an welchem Datensatz gemacht, und wann. Einträge können nicht geändert oder gelöscht werden.
audit-filter-title = Filter
audit-filter-action = Aktion
audit-filter-entity = Art des Datensatzes
audit-filter-entity-id = Datensatz-ID
audit-filter-actor = E-Mail-Adresse der mitarbeitenden Person
audit-filter-submit = Filter anwenden
audit-filter-clear = Filter zurücksetzen
audit-col-time = Zeit (UTC)
audit-col-actor = Wer
audit-col-action = Aktion
audit-col-entity = Datensatz
audit-col-detail = Details
audit-actor-system = System oder öffentliche Website
audit-empty = Keine Einträge passen zu diesem Filter.
audit-older = Ältere Einträge

## Einstellungen der Stadt.
settings-title = Einstellungen der Stadt
settings-intro = Diese Angaben erscheinen auf der öffentlichen Website, in Dokumenten und in der Terminplanung.
settings-city-name = Name der Stadt
settings-inhabitants = Einwohnerzahl
settings-newcomers = Neuankommende pro Jahr (ungefähr)
settings-desk-address = Adresse des Willkommensbüros
settings-desk-hours = Öffnungszeiten des Büros
settings-desk-hours-hint = Für jeden Tag Zeiten wie 08:00-12:00, 13:00-17:00. Leer lassen, wenn das Büro geschlossen ist.
settings-hotline = Telefonnummer der Hotline
settings-hotline-hint = Internationales Format, zum Beispiel +46 8 123 456 00.
settings-email = E-Mail-Adresse des Dienstes
settings-timezone = Zeitzone
settings-timezone-hint = Zum Beispiel Europe/Stockholm.
settings-source-language = Sprache, in der die Inhalte zuerst geschrieben werden
settings-submit = Einstellungen speichern
settings-saved = Die Einstellungen wurden gespeichert.

## Mein Konto.
account-title = Mein Konto
account-password-title = Ändern Sie Ihr Passwort
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-new-password-hint = Mindestens 12 Zeichen. Mehrere Wörter zusammen kann man sich leicht merken, aber schwer erraten.
account-confirm-password = Neues Passwort wiederholen
account-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden abgemeldet.
settings-stale-after-days = Kurse verschwinden aus der öffentlichen Liste nach (Tagen ohne Aktualisierung)
settings-stale-after-days-hint = Ein Anbieter muss jeden Kurs innerhalb dieser Anzahl Tage bestätigen, sonst wird er ausgeblendet und der Anbieter als veraltet aufgeführt. Ganze Tage, 1 bis 3650.
