## Gemensamt för alla sidor: sidlayout, datum, fel.

site-name = Välkomstservice
site-tagline = Hjälp för nya invånare i { $city }, på ditt språk
skip-to-content = Hoppa till huvudinnehållet
language-switcher-label = Välj ditt språk
main-navigation = Huvudmeny
breadcrumbs-label = Du är här
footer-help-title = Hjälp på plats
footer-desk = Välkomstkontoret: { $address }
footer-hotline = Ring oss: { $phone }
footer-email = E-post: { $email }
footer-opening-hours = Öppettider
footer-accessibility = Tillgänglighetsredogörelse
footer-privacy = Integritet
footer-staff-login = Inloggning för personal
closed = Stängt
hours-range = { $from }–{ $to }

## Datum. date-long får dagen, månadens namn och året.
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = Måndag
weekday-2 = Tisdag
weekday-3 = Onsdag
weekday-4 = Torsdag
weekday-5 = Fredag
weekday-6 = Lördag
weekday-7 = Söndag

## Felsidor.
error-title-prefix = Fel: { $title }
error-summary-title = Det finns ett problem
error-page-not-found-title = Sidan finns inte
error-page-not-found-body = Vi hittar inte den här sidan. Kontrollera adressen eller gå till startsidan.
error-page-forbidden-title = Du kan inte öppna den här sidan
error-page-forbidden-body = Ditt konto ger dig inte tillgång till den här sidan. Fråga din samordnare om du behöver den.
error-page-bad-request-title = Något i förfrågan var fel
error-page-bad-request-body = Sidan kunde inte använda det som skickades. Gå tillbaka och försök igen.
error-page-csrf-title = Tiden för formuläret har gått ut
error-page-csrf-body = Av säkerhetsskäl kunde formuläret inte skickas. Gå tillbaka, ladda om sidan och skicka formuläret igen.
error-page-too-many-title = För många försök
error-page-too-many-body = Vänta några minuter. Försök sedan igen.
error-page-server-title = Tyvärr är det ett problem med tjänsten
error-page-server-body = Försök igen senare. Behöver du hjälp nu? Ring oss eller kom till välkomstkontoret.
error-page-conflict-title = Någon ändrade detta samtidigt
error-page-conflict-body = Någon annan ändrade detta alldeles nyss. Gå tillbaka, ladda om sidan och försök igen.
error-page-too-large-title = Filen eller formuläret är för stort
error-page-too-large-body = Skicka en mindre fil eller kortare text.
error-back-home = Gå till startsidan
error-reference = Referens: { $reference }

## Meddelanden vid formulärfält. $limit är ett tal.
error-required = Fyll i den här uppgiften
error-too-long = Använd högst { $limit } tecken
error-too-short = Använd minst { $limit } tecken
error-too-small = Ange ett tal som är { $limit } eller större
error-too-large = Ange ett tal som är { $limit } eller mindre
error-not-a-number = Ange ett heltal, till exempel 12
error-control-characters = Ta bort specialtecknen som inte kan användas här
error-invalid-email = Ange en e-postadress, till exempel namn@example.org
error-invalid-choice = Välj ett av alternativen
error-invalid-phone = Ange ett telefonnummer i internationellt format, som börjar med + och landsnumret
error-invalid-hours = Ange öppettider så här: 08:00-12:00, 13:00-17:00
error-overlapping-hours = Öppettiderna under en dag får inte överlappa varandra
error-invalid-timezone = Ange en tidszon, till exempel Europe/Stockholm
error-invalid-language = Välj ett språk
error-password-too-common = Lösenordet är för lätt att gissa. Välj ett längre eller ovanligare lösenord.
error-passwords-differ = De två nya lösenorden är inte likadana
error-wrong-password = Det nuvarande lösenordet är fel
error-required-for-provider-role = Konton för kursanordnare måste ange sin organisation
error-only-for-provider-role = Bara konton för kursanordnare hör till en organisation
error-unknown-provider = Det finns ingen kursanordnare med det här namnet
error-email-taken = Det finns redan ett konto med den här e-postadressen
