## Für alle Seiten: Seitenaufbau, Datumsangaben, Fehler.

site-name = Willkommensservice
site-tagline = Hilfe für alle, die neu in { $city } sind – in Ihrer Sprache
skip-to-content = Zum Hauptinhalt springen
language-switcher-label = Wählen Sie Ihre Sprache
main-navigation = Hauptnavigation
breadcrumbs-label = Sie sind hier
footer-help-title = Persönliche Hilfe
footer-desk = Willkommensbüro: { $address }
footer-hotline = Rufen Sie uns an: { $phone }
footer-email = E-Mail: { $email }
footer-opening-hours = Öffnungszeiten
footer-accessibility = Erklärung zur Barrierefreiheit
footer-privacy = Datenschutz
footer-staff-login = Anmeldung für Mitarbeitende
closed = Geschlossen
hours-range = { $from }–{ $to }

## Datumsangaben. date-long bekommt den Tag, den Namen des Monats und das Jahr.
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag

## Fehlerseiten.
error-title-prefix = Fehler: { $title }
error-summary-title = Es gibt ein Problem
error-page-not-found-title = Seite nicht gefunden
error-page-not-found-body = Wir finden diese Seite nicht. Prüfen Sie die Adresse oder gehen Sie zur Startseite.
error-page-forbidden-title = Sie können diese Seite nicht öffnen
error-page-forbidden-body = Ihr Konto hat keinen Zugriff auf diese Seite. Brauchen Sie die Seite? Dann fragen Sie Ihre Koordinatorin oder Ihren Koordinator.
error-page-bad-request-title = Etwas an der Anfrage war falsch
error-page-bad-request-body = Die Seite konnte die gesendeten Daten nicht verwenden. Gehen Sie zurück und versuchen Sie es noch einmal.
error-page-csrf-title = Das Formular ist abgelaufen
error-page-csrf-body = Zu Ihrer Sicherheit wurde das Formular nicht gesendet. Gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular noch einmal.
error-page-too-many-title = Zu viele Versuche
error-page-too-many-body = Bitte warten Sie ein paar Minuten. Versuchen Sie es dann noch einmal.
error-page-server-title = Leider gibt es ein Problem mit dem Dienst
error-page-server-body = Bitte versuchen Sie es später noch einmal. Brauchen Sie jetzt Hilfe? Dann rufen Sie uns an oder kommen Sie ins Willkommensbüro.
error-page-conflict-title = Jemand hat dies gleichzeitig geändert
error-page-conflict-body = Eine andere Person hat dies gerade geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-page-too-large-title = Die Datei oder das Formular ist zu groß
error-page-too-large-body = Senden Sie eine kleinere Datei oder weniger Text.
error-back-home = Zur Startseite
error-reference = Referenz: { $reference }

## Hinweise neben Formularfeldern. $limit ist eine Zahl.
error-required = Bitte füllen Sie dieses Feld aus
error-too-long = Verwenden Sie höchstens { $limit } Zeichen
error-too-short = Verwenden Sie mindestens { $limit } Zeichen
error-too-small = Geben Sie eine Zahl von mindestens { $limit } ein
error-too-large = Geben Sie eine Zahl von höchstens { $limit } ein
error-not-a-number = Geben Sie eine ganze Zahl ein, zum Beispiel 12
error-control-characters = Entfernen Sie die Sonderzeichen, die hier nicht erlaubt sind
error-invalid-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org
error-invalid-choice = Wählen Sie eine der Möglichkeiten
error-invalid-phone = Geben Sie eine Telefonnummer im internationalen Format ein: mit + und der Ländervorwahl am Anfang
error-invalid-hours = Geben Sie Öffnungszeiten so ein: 08:00-12:00, 13:00-17:00
error-overlapping-hours = Die Öffnungszeiten eines Tages dürfen sich nicht überschneiden
error-invalid-timezone = Geben Sie eine Zeitzone ein, zum Beispiel Europe/Stockholm
error-invalid-language = Wählen Sie eine Sprache
error-password-too-common = Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein längeres oder weniger übliches Passwort.
error-passwords-differ = Die beiden neuen Passwörter sind nicht gleich
error-wrong-password = Das aktuelle Passwort ist nicht richtig
error-required-for-provider-role = Bei Konten von Kursträgern muss die Organisation angegeben werden
error-only-for-provider-role = Nur Konten von Kursträgern gehören zu einer Organisation
error-unknown-provider = Es gibt keinen Kursträger mit diesem Namen
error-email-taken = Es gibt bereits ein Konto mit dieser E-Mail-Adresse
