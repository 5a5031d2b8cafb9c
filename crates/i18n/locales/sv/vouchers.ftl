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
