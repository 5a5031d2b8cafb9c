# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Das ist keine gültige Nummer: Prüfen Sie die Länge und die Zeichen
error-code-check-digit = In dieser Nummer ist ein Tippfehler: Prüfen Sie jedes Zeichen noch einmal
error-token-malformed = Dieser QR-Code ist kein Willkommenspass
error-token-forged = Dieser QR-Code ist gefälscht oder verändert: Nehmen Sie ihn nicht an
error-invalid-level = Wählen Sie ein Niveau von A1 bis C2
error-level-order = Das höchste Niveau darf nicht unter dem niedrigsten liegen
error-invalid-amount = Geben Sie einen Betrag wie 150 oder 150,50 ein
error-amount-too-small = Der Wert muss mindestens einen Cent pro Teil betragen
error-invalid-month = Geben Sie einen Monat wie 2026-03 ein
error-voucher-unknown = Zu diesem Code gibt es keinen Gutschein
error-voucher-check-digit = Im Gutscheincode ist ein Tippfehler: Prüfen Sie jedes Zeichen noch einmal
error-voucher-malformed = Das ist kein Gutscheincode: Er hat 18 Buchstaben und Ziffern
error-voucher-expired = Dieser Gutschein ist abgelaufen
error-voucher-revoked = Dieser Gutschein wurde von der Stadt widerrufen und kann nicht eingelöst werden
error-voucher-used = Dieser Teil des Gutscheins wurde bereits eingelöst
error-voucher-no-such-part = Diesen Teil hat der Gutschein nicht
error-voucher-foreign-provider = Dieser Kurs gehört einem anderen Anbieter
error-voucher-provider-suspended = Ihre Einrichtung ist gesperrt: Gutscheine können zurzeit nicht eingelöst werden
error-voucher-provider-not-approved = Ihre Einrichtung ist für Gutscheine nicht zugelassen
error-voucher-level = Der Gutschein zahlt keine Kurse dieses Niveaus
error-voucher-start-window = Der Kurs beginnt außerhalb des Zeitraums, für den der Gutschein gilt
error-voucher-amount-above-remaining = Der Betrag ist höher als der Restwert dieses Gutscheinteils
error-voucher-id-not-checked = Bestätigen Sie, dass Sie den Ausweis der Inhaberin oder des Inhabers geprüft haben

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Willkommenspass
passport-pdf-number = Passnummer
passport-pdf-holder = Inhaberin/Inhaber
passport-pdf-birth-date = Geburtsdatum
passport-pdf-qr-alt = QR-Code zur Prüfung dieses Passes
passport-pdf-stamps = Besuchte Module
passport-pdf-date = Datum
passport-pdf-topic = Thema
passport-pdf-language = Sprache
passport-pdf-venue = Ort
passport-pdf-no-stamps = Noch keine Module.
passport-pdf-issued = Ausgestellt am
voucher-pdf-title = Sprachkursgutschein
voucher-pdf-code = Gutscheincode
voucher-pdf-value = Wert
voucher-pdf-parts = Teile
voucher-pdf-part = Teil { $n }
voucher-pdf-valid-until = Gültig bis
voucher-pdf-levels = Kursniveaus
voucher-pdf-qr-alt = QR-Code des Gutscheins
voucher-pdf-providers = Zugelassene Kursanbieter
voucher-pdf-condition-1 = Nur für Sprachkurse der zugelassenen Anbieter. Keine Barauszahlung; nicht übertragbar.
voucher-pdf-condition-2 = Bringen Sie diesen Gutschein und Ihren Ausweis zur Anmeldung mit.
