# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Detta är inte ett giltigt nummer: kontrollera längden och tecknen
error-code-check-digit = Det finns ett skrivfel i numret: kontrollera varje tecken igen
error-token-malformed = Denna QR-kod är inte ett välkomstpass
error-token-forged = Denna QR-kod är förfalskad eller ändrad: godta den inte
error-invalid-level = Välj en nivå från A1 till C2
error-level-order = Den högsta nivån får inte vara lägre än den lägsta
error-invalid-amount = Ange ett belopp som 150 eller 150,50
error-amount-too-small = Värdet måste vara minst en cent per del
error-invalid-month = Ange en månad som 2026-03
error-voucher-unknown = Ingen värdecheck har denna kod
error-voucher-check-digit = Det finns ett skrivfel i checkens kod: kontrollera varje tecken igen
error-voucher-malformed = Detta är inte en checkkod: den har 18 bokstäver och siffror
error-voucher-expired = Denna värdecheck har gått ut
error-voucher-revoked = Denna värdecheck har återkallats av kommunen och kan inte användas
error-voucher-used = Denna del av checken har redan använts
error-voucher-no-such-part = Checken har ingen sådan del
error-voucher-foreign-provider = Kursen tillhör en annan anordnare
error-voucher-provider-suspended = Er organisation är avstängd: checkar kan inte lösas in just nu
error-voucher-provider-not-approved = Er organisation är inte godkänd för värdecheckar
error-voucher-level = Checken betalar inte för kurser på denna nivå
error-voucher-start-window = Kursen börjar utanför den period checken betalar för
error-voucher-amount-above-remaining = Beloppet är högre än det som finns kvar på denna del av checken
error-voucher-id-not-checked = Bekräfta att du har kontrollerat innehavarens id-kort

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Välkomstpass
passport-pdf-number = Passnummer
passport-pdf-holder = Innehavare
passport-pdf-birth-date = Födelsedatum
passport-pdf-qr-alt = QR-kod för att kontrollera passet
passport-pdf-stamps = Besökta moduler
passport-pdf-date = Datum
passport-pdf-topic = Ämne
passport-pdf-language = Språk
passport-pdf-venue = Plats
passport-pdf-no-stamps = Inga moduler än.
passport-pdf-issued = Utfärdat
voucher-pdf-title = Värdecheck för språkkurs
voucher-pdf-code = Checkens kod
voucher-pdf-value = Värde
voucher-pdf-parts = Delar
voucher-pdf-part = Del { $n }
voucher-pdf-valid-until = Giltig till
voucher-pdf-levels = Kursnivåer
voucher-pdf-qr-alt = Checkens QR-kod
voucher-pdf-providers = Godkända kursanordnare
voucher-pdf-condition-1 = Bara för språkkurser hos godkända anordnare. Inga kontanter; checken kan inte ges till någon annan.
voucher-pdf-condition-2 = Ta med checken och ditt id-kort när du anmäler dig.
