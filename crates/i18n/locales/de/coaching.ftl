## Individuelle Beratung (Seiten für Mitarbeitende).

staff-nav-follow-ups = Fällige Folgeberatungen
staff-nav-coverage = Sprachen nach Standort

coaching-appointments = Beratungstermine
coaching-none-yet = Noch keine Beratung gebucht.
coaching-book-title = Beratung buchen
coaching-choose = Art und Standort
coaching-kind = Art der Beratung
coaching-place = Standort
coaching-any-place = Beliebiger Standort
coaching-show-slots = Freie Termine anzeigen
coaching-slots = Freie Termine, die frühesten zuerst
coaching-minutes = { $minutes } Min.
coaching-interpreter = mit Telefondolmetschen
coaching-book = Diesen Termin buchen
coaching-no-slots = In den nächsten 60 Tagen gibt es keinen freien Termin. Versuchen Sie einen anderen Standort oder eine andere Art, oder fragen Sie die Koordination.
coaching-cancel-title = Termin absagen
coaching-cancel-body = Der Termin wird sofort für andere frei. Informieren Sie die Person in ihrer Sprache.
coaching-cancel-confirm = Ja, Termin absagen
coaching-outcome-title = Beratung dokumentieren
coaching-outcome-status = Hat die Beratung stattgefunden?
coaching-topics = Besprochene Themen
coaching-topics-hint = Zum Beispiel Wohnen, Arbeit, Gesundheit, Aufenthalt, Schulen.
coaching-handed-out = Was ausgehändigt wurde
coaching-handed-out-hint = Die Willkommensbroschüre und ihre Sprache, der Willkommenspass, Informationen zu Modulen und Gutscheinen.
coaching-referrals = Weitervermittlungen
coaching-referrals-hint = Wohin die Person weitervermittelt wurde, zum Beispiel an ein Amt oder eine Beratungsstelle.
coaching-notes = Private Notizen
coaching-notes-hint = Nur Beraterinnen und Berater sehen diese Notizen. Schreiben Sie nur, was nötig ist.
coaching-childcare = Für den nächsten Termin wird Kinderbetreuung gebraucht

kind-start = Erstberatung
kind-follow-up = Folgeberatung nach zwei Jahren
kind-individual-module = Einzelmodul
kind-desk-follow-up = Folgeberatung nach Besuch im Willkommensbüro

status-booked = Gebucht
status-held = Hat stattgefunden
status-no-show = Nicht erschienen
status-cancelled = Abgesagt

people-done-booked = Die Beratung wurde gebucht. Referenz: { $reference }
people-done-cancelled = Der Termin wurde abgesagt.
people-done-outcome = Die Beratung wurde dokumentiert.

follow-ups-title = Fällige Folgeberatungen
follow-ups-intro = { $days ->
    [one] Personen, deren Aufenthalt innerhalb von { $days } Tag zwei Jahre erreicht oder schon erreicht hat und für die keine Folgeberatung gebucht ist.
   *[other] Personen, deren Aufenthalt innerhalb von { $days } Tagen zwei Jahre erreicht oder schon erreicht hat und für die keine Folgeberatung gebucht ist.
}
follow-ups-due = Fällig ab
follow-ups-invite = Einladen
follow-ups-email-possible = E-Mail möglich
follow-ups-none = In diesem Zeitraum ist für niemanden eine Folgeberatung fällig.

coverage-title = Sprachen nach Standort und Tag
coverage-intro = Welche Sprachen die Beraterinnen und Berater an jedem Standort an jedem Wochentag sprechen. Für die anderen Sprachen wird ein Termin mit Telefondolmetschen gebucht.
coverage-day = Tag
coverage-hours = Zeiten
coverage-none = Es sind noch keine Arbeitszeiten erfasst.

error-slot-taken = Dieser Termin wurde gerade vergeben. Wählen Sie einen anderen.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Kinderbetreuung
coaching-childcare-legend = Kinder, die während des Termins betreut werden müssen
coaching-children-care = Kinderbetreuung: { $count } (Alter { $ages })
childcare-title = Kinderbetreuung bei der Beratung
childcare-intro = Termine, bei denen bei der Buchung angegeben wurde, dass Kinder während des Termins betreut werden müssen, nach Tag und Ort. Planen Sie die Betreuung mit dieser Liste; die Referenz bezeichnet den Termin.
childcare-period = Zeitraum
childcare-from = Ab
childcare-from-hint = Zum Beispiel 2026-12-24
childcare-days = Anzahl der Tage
childcare-show = Anzeigen
childcare-day-summary = Kinder insgesamt: { $children }. Höchstens gleichzeitig: { $most }.
childcare-col-time = Uhrzeit
childcare-col-children = Kinder
childcare-col-ages = Alter
childcare-col-reference = Referenz
childcare-none = In diesem Zeitraum wird keine Kinderbetreuung gebraucht.
