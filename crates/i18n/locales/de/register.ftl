## Das Register der Nutzerinnen und Nutzer des Dienstes (Seiten für Mitarbeitende).

staff-nav-people = Personen
staff-nav-import = Aufenthaltserlaubnisse importieren
staff-nav-privacy = Datenschutz und Speicherfristen
yes = Ja
no = Nein

people-title = Personen
people-search-title = Person suchen
people-search-name = Name
people-search-name-hint = In jeder Schrift und Schreibweise, in beliebiger Reihenfolge. Sie können auch nur nach dem Geburtsdatum suchen.
people-search-submit = Suchen
people-results = { $count ->
    [one] { $count } Person gefunden
   *[other] { $count } Personen gefunden
}
people-no-results = Niemand gefunden. Prüfen Sie die Schreibweise oder suchen Sie nach dem Geburtsdatum.
people-erased = Die Daten der Person wurden gelöscht.

people-new-title = Person registrieren
people-new-intro = Erfassen Sie nur das, womit die Person einverstanden ist. Felder mit dem Hinweis „optional“ dürfen leer bleiben.
people-full-name = Vollständiger Name
people-full-name-hint = Wie im Ausweisdokument, in jeder Schrift und Reihenfolge.
people-latin-name = Name in lateinischen Buchstaben (optional)
people-latin-name-hint = Nur wenn das Dokument ihn zeigt, zum Beispiel in der maschinenlesbaren Zeile.
people-birth-date = Geburtsdatum
people-birth-date-hint = Wenn das Dokument nur das Jahr zeigt, geben Sie nur das Jahr ein. Zum Beispiel 17 4 1990.
people-day = Tag
people-month = Monat
people-year = Jahr
people-choose = Auswählen…
people-citizenship = Staatsangehörigkeit
people-languages = Sprachen, die die Person spricht
people-languages-hint = Die bevorzugte Sprache zuerst. Dokumente und Briefe für die Person erscheinen in der ersten dieser Sprachen, die der Dienst anbietet.
people-language-n = Sprache { $n }
people-permit-issued-on = Datum, an dem die erste Aufenthaltserlaubnis erteilt wurde
people-optional = (optional)
people-date-hint = Zum Beispiel 2026-11-25.
people-certificate-required = Gesetzlich verpflichtet, ein Sprachzertifikat zu erwerben
people-phone = Telefon
people-phone-hint = Internationales Format, zum Beispiel +46 70 123 45 67.
people-email = E-Mail
people-address = Adresse
people-district = Stadtteil
people-consents = Einwilligung
people-consents-hint = Zeigen Sie der Person die Texte unten in ihrer Sprache und kreuzen Sie nur an, womit sie einverstanden ist. Die Texte zum Lesen:
people-channel = Wie die Einwilligung gegeben wurde
people-text-language = Sprache des Textes, den die Person gelesen hat
people-create = Person registrieren
people-create-anyway = Keine davon: neue Person registrieren
people-duplicates-title = Diese Person ist vielleicht schon registriert
people-duplicates-body = Öffnen Sie den Datensatz, wenn es dieselbe Person ist. Wenn es eine andere Person ist, registrieren Sie unten eine neue Person.

purpose-basic = Grunddaten für Beratung und Gutscheine (erforderlich)
purpose-profile = Profil für bessere Beratung (Bildung, Beruf, Sprachniveau)
purpose-share-immigration = Weitergabe der Grunddaten an die Ausländerbehörde
purpose-reminders = Erinnerungen per E-Mail oder SMS
purpose-surveys = Umfragen zur Zufriedenheit und Nachbefragungen

consent-basic-text = Der Willkommensservice speichert Ihren Namen, Ihr Geburtsdatum, Ihre Staatsangehörigkeit, Ihre Sprachen, Ihre Adresse und Ihre Kontaktdaten. Wir nutzen diese Daten, um Ihnen Beratung, Informationstreffen und Gutscheine für Sprachkurse zu geben. Nur die Mitarbeitenden des Willkommensservices sehen die Daten. Sie können die Daten jederzeit ansehen, berichtigen oder löschen.
consent-profile-text = Sie können uns von Ihrer Bildung, Ihrem Beruf, Ihren Qualifikationen und Ihrem Sprachniveau erzählen. Wir nutzen das nur, um Sie besser zu beraten, zum Beispiel zum richtigen Sprachkurs. Das ist freiwillig. Sie können Ihre Einwilligung jederzeit zurücknehmen, und wir löschen die Angaben sofort.
consent-share-immigration-text = Wir dürfen einige Daten an die Ausländerbehörde weitergeben, zum Beispiel wenn Ihre Aufenthaltserlaubnis von einer Sprachprüfung abhängt. Das sind Ihr Name, Ihr Geburtsdatum und ob Sie an Beratung und Kursen teilgenommen haben. Sonst wird nichts weitergegeben. Sie können Ihre Einwilligung jederzeit zurücknehmen.
consent-reminders-text = Wir dürfen Ihnen Erinnerungen an Ihre Termine und Treffen per E-Mail oder SMS schicken. Sie können die Erinnerungen jederzeit stoppen.
consent-surveys-text = Wir dürfen Sie später fragen, wie zufrieden Sie mit dem Willkommensservice sind und wie es Ihnen nach zwei Jahren geht. Ihre Antwort ist freiwillig. Sie können das jederzeit stoppen.

channel-in-person = Persönlich
channel-paper = Auf Papier
channel-phone = Per Telefon
channel-online = Online
channel-import = Import von der Ausländerbehörde

people-done-created = Die Person wurde registriert.
people-done-updated = Die Änderungen wurden gespeichert.
people-done-consent-given = Die Einwilligung wurde erfasst.
people-done-consent-withdrawn = Die Einwilligung wurde widerrufen, und die Daten, die von ihr abhingen, wurden gelöscht.
people-done-profile-saved = Das Profil wurde gespeichert.
people-done-merged = Die beiden Datensätze wurden zusammengeführt.
people-next-steps = Nächste Schritte
people-next-website = Zeigen Sie der Person die Willkommenswebsite auf { $language }.
people-basic-data = Grunddaten
people-eu-citizen = Staatsangehörigkeit der EU, des EWR oder der Schweiz
people-third-country = Staatsangehörigkeit eines Drittstaats
people-document-language = Sprache der Dokumente
people-due-next = Was als Nächstes ansteht
people-follow-up-due = Folgeberatung nach zwei Jahren: ab { $date }.
people-follow-up-unknown = Das Datum der ersten Aufenthaltserlaubnis ist nicht bekannt, deshalb ist auch das Datum der Folgeberatung nicht bekannt.
people-purpose = Zweck
people-given = Erteilt am
people-text-version = Textversion
people-withdrawn-on = Widerrufen am { $date }
people-consent-live = Erteilt
people-withdraw = Widerrufen
people-give-consent = Weitere Einwilligung erfassen
people-record-consent = Einwilligung erfassen
people-profile = Profil
people-profile-intro = Freiwillige Angaben, die bei einer passenden Beratung helfen.
people-profile-needs-consent = Die Person hat keinem Profil zugestimmt. Erfassen Sie zuerst die Einwilligung für das Profil.
people-edit-profile = Profil bearbeiten
people-education-level = Bildung
people-language-level = Niveau in der Landessprache
people-profession = Beruf
people-qualifications = Anzuerkennende Qualifikationen
people-qualifications-hint = Zum Beispiel Abschlüsse und Zeugnisse aus dem Ausland.
people-not-given = Keine Angabe
education-none = Keine Schulbildung
education-primary = Grundschule
education-secondary = Weiterführende Schule
education-vocational = Berufsausbildung
education-tertiary = Universität oder Hochschule
level-a0 = Noch keine Kenntnisse
level-a1 = A1 – Anfangsniveau
level-a2 = A2 – Grundkenntnisse
level-b1 = B1 – Mittelstufe
level-b2 = B2 – obere Mittelstufe
level-c1 = C1 – fortgeschrittene Kenntnisse
level-c2 = C2 – sehr gute Kenntnisse
people-rights = Datenschutzrechte
people-export-readable = Alles, was wir gespeichert haben, als lesbares Dokument in der Sprache der Person
people-export-json = Alles, was wir gespeichert haben, als JSON-Datei
people-history = Verlauf dieses Datensatzes
people-edit-title = Grunddaten berichtigen
people-save = Speichern

people-withdraw-title = Einwilligung widerrufen: { $purpose }?
people-withdraw-basic-body = Ohne diese Einwilligung darf der Dienst nichts speichern. Der Datensatz der Person wird sofort gelöscht: Name, Geburtsdatum, Kontaktdaten, Sprachen, Einwilligungen und Profil. Nur anonyme Zahlen bleiben. Das kann nicht rückgängig gemacht werden.
people-withdraw-profile-body = Die Profildaten (Bildung, Beruf, Qualifikationen, Sprachniveau) werden sofort gelöscht.
people-withdraw-other-body = Der Dienst tut dies ab jetzt nicht mehr für die Person.
people-withdraw-confirm = Ja, Einwilligung widerrufen

people-merge-title = Doppelten Datensatz zusammenführen
people-merge-intro = Wählen Sie den doppelten Datensatz von { $name }. Seine Sprachen, Einwilligungen und sein Profil werden in diesen Datensatz übernommen, dann wird das Duplikat entfernt.
people-merge-candidates = Datensätze mit ähnlichem Namen
people-merge-other = ID des doppelten Datensatzes
people-merge-other-hint = Die lange ID am Ende der Adresse des Duplikats.
people-merge-compare = Vergleichen
people-merge-keep = Bleibt
people-merge-remove = Wird entfernt
people-merge-body = Prüfen Sie, ob beide Datensätze dieselbe Person betreffen. Das Zusammenführen wird im Prüfprotokoll festgehalten und kann nicht rückgängig gemacht werden.
people-merge-confirm = Ja, Datensätze zusammenführen

people-erase-title = Daten dieser Person löschen
people-erase-body = Alles, was die Person identifiziert, wird sofort gelöscht: Name, Geburtsdatum, Kontaktdaten, Sprachen, Einwilligungen und Profil. Was die Stadt für ihre Buchhaltung aufbewahren muss, bleibt erhalten, aber ohne den Namen der Person. Das kann nicht rückgängig gemacht werden.
people-erase-confirm = Ja, Daten löschen

export-title = Ihre Daten beim Willkommensservice
export-intro = Das ist alles, was der Willkommensservice von { $city } über Sie speichert.
export-history = Was mit Ihren Daten gemacht wurde
export-rights = Sie können uns jederzeit bitten, Ihre Daten zu berichtigen oder zu löschen. Sie können sich auch bei der Datenschutzbehörde beschweren.

consent-texts-title = Dem stimmen Sie zu
consent-texts-intro = Bitte lesen Sie. Sie entscheiden für jeden Punkt. Der Willkommensservice von { $city } ist kostenlos, auch wenn Sie den freiwilligen Punkten nicht zustimmen.
consent-texts-withdraw = Sie können jede Einwilligung jederzeit zurücknehmen: im Willkommensbüro, per Telefon oder per E-Mail.

import-title = Neue Aufenthaltserlaubnisse importieren
import-intro = Laden Sie die Datei der Ausländerbehörde mit den neu erteilten ersten Aufenthaltserlaubnissen hoch. Wenn eine Zeile ein Problem hat, wird nichts importiert, und alle Probleme werden aufgelistet. Wenn Sie dieselbe Datei noch einmal importieren, entstehen keine Duplikate.
import-columns = Spalten (erste Zeile der Datei):
import-file = CSV-Datei
import-file-hint = UTF-8, getrennt durch Kommas oder Semikolons. Mehrere Sprachen oder Einwilligungen in einer Zelle werden durch Semikolons getrennt.
import-submit = Importieren
import-done = { $created } Personen registriert, { $skipped } waren schon vorher registriert.
import-problems = { $count ->
    [one] Die Datei hat { $count } Problem
   *[other] Die Datei hat { $count } Probleme
}
import-nothing-imported = Es wurde nichts importiert. Berichtigen Sie die Datei und laden Sie sie erneut hoch.
import-line = Zeile
import-column = Spalte
import-reason = Problem

records-title = Datenschutz und Speicherfristen
records-intro = Das Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO): welche personenbezogenen Daten der Dienst speichert, warum, auf welcher Rechtsgrundlage, wie lange und wer sie sieht. Es wird aus der Datenkarte des Dienstes erzeugt.
records-retention = Speicherfrist
records-expired = { $count ->
    [one] { $count } Datensatz hat die Speicherfrist überschritten und wird beim nächtlichen Lauf heute Nacht gelöscht.
   *[other] { $count } Datensätze haben die Speicherfrist überschritten und werden beim nächtlichen Lauf heute Nacht gelöscht.
}
records-retention-years = Jahre nach dem letzten Kontakt
records-retention-hint = Datensätze werden so viele Jahre nach dem letzten Kontakt der Person mit dem Dienst automatisch gelöscht.
records-column = Spalte
records-purpose = Zweck
records-legal-basis = Rechtsgrundlage
records-who = Wer sie sieht

## Hinweise neben Formularfeldern.
error-unknown-country = Wählen Sie ein Land aus der Liste
error-unknown-language = Wählen Sie eine Sprache aus der Liste
error-duplicate-language = Jede Sprache nur einmal
error-too-many = Wählen Sie höchstens { $limit }
error-invalid-date = Geben Sie ein gültiges Datum ein
error-date-in-future = Das Datum darf nicht in der Zukunft liegen
error-before-birth = Dieses Datum liegt vor dem Geburtsdatum
error-not-latin = Verwenden Sie in diesem Feld nur lateinische Buchstaben
error-consent-required = Die Person muss den Grunddaten zustimmen, sonst kann nichts erfasst werden
error-consent-basic-required = Kreuzen Sie das Kästchen an, damit der Willkommensservice Ihre Grunddaten speichern darf: sonst können wir nichts erfassen.
error-consent-modules-required = Kreuzen Sie das Kästchen an, damit Ihre Anmeldung gespeichert werden darf: sonst können wir Sie nicht anmelden.
error-duplicate-consent = Diese Einwilligung ist bereits erfasst
error-consent-missing = Die Person hat dem nicht zugestimmt; erfassen Sie zuerst die Einwilligung
error-unknown-person = Es gibt keinen Datensatz mit dieser ID
error-not-csv = Laden Sie eine CSV-Datei hoch
error-not-utf8 = Speichern Sie die Datei als UTF-8-Text und laden Sie sie erneut hoch
error-invalid-csv = Diese Zeile kann nicht als CSV gelesen werden
error-unknown-column = Diese Spalte ist nicht bekannt
error-missing-column = Diese Spalte fehlt
error-too-many-rows = Die Datei hat zu viele Zeilen; teilen Sie sie auf
error-wrong-number-of-fields = Diese Zeile hat eine andere Anzahl von Feldern als die erste Zeile
error-duplicate-in-file = Diese ID der Aufenthaltserlaubnis kommt zweimal in der Datei vor
error-empty-file = Die Datei hat keine Zeilen

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Anmeldung zu Informationsmodulen
consent-modules-text = Um Sie zu einem Informationsmodul in der Gruppe anzumelden, speichert der Willkommensdienst Ihren Namen, Ihr Geburtsdatum, Ihre Kontaktdaten sowie Anzahl und Alter Ihrer Kinder für die Kinderbetreuung. Wir nutzen sie, um Ihren Platz oder Ihren Platz auf der Warteliste zu halten, Sie über Änderungen zu informieren und Ihre Teilnahme für Ihren Willkommenspass zu zählen. Die Kontaktdaten einer Anmeldung werden 90 Tage nach dem Termin gelöscht. Sie können dies jederzeit zurücknehmen; Ihre Anmeldungen werden dann storniert.
