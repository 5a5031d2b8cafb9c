## Registret över tjänstens användare (personalens sidor).

staff-nav-people = Personer
staff-nav-import = Importera uppehållstillstånd
staff-nav-privacy = Integritet och lagringstid
yes = Ja
no = Nej

people-title = Personer
people-search-title = Hitta en person
people-search-name = Namn
people-search-name-hint = Med vilken skrift eller stavning som helst, i vilken ordning som helst. Du kan också söka bara på födelsedatum.
people-search-submit = Sök
people-results = { $count ->
    [one] { $count } person hittades
   *[other] { $count } personer hittades
}
people-no-results = Ingen hittades. Kontrollera stavningen eller sök på födelsedatum.
people-erased = Personens uppgifter har raderats.

people-new-title = Registrera en person
people-new-intro = Registrera bara det som personen samtycker till. Fält som är märkta valfritt kan lämnas tomma.
people-full-name = Fullständigt namn
people-full-name-hint = Som i id-handlingen, med vilken skrift och i vilken ordning som helst.
people-latin-name = Namn med latinska bokstäver (valfritt)
people-latin-name-hint = Bara om handlingen visar det, till exempel på den maskinläsbara raden.
people-birth-date = Födelsedatum
people-birth-date-hint = Om handlingen bara visar året anger du bara året. Till exempel 17 4 1990.
people-day = Dag
people-month = Månad
people-year = År
people-choose = Välj…
people-citizenship = Medborgarskap
people-languages = Språk som personen talar
people-languages-hint = Det språk som personen föredrar först. Dokument och brev till personen skrivs på det första av språken som tjänsten erbjuder.
people-language-n = Språk { $n }
people-permit-issued-on = Datum då det första uppehållstillståndet utfärdades
people-optional = (valfritt)
people-date-hint = Till exempel 2026-11-25.
people-certificate-required = Är enligt lag skyldig att skaffa ett språkintyg
people-phone = Telefon
people-phone-hint = Internationellt format, till exempel +46 70 123 45 67.
people-email = E-post
people-address = Adress
people-district = Stadsdel
people-consents = Samtycke
people-consents-hint = Visa personen texterna nedan på personens språk och kryssa bara i det som personen samtycker till. Texterna att läsa:
people-channel = Hur samtycket lämnades
people-text-language = Språket i texten som personen läste
people-create = Registrera personen
people-create-anyway = Ingen av dessa: registrera en ny person
people-duplicates-title = Personen kan redan vara registrerad
people-duplicates-body = Öppna posten om det är samma person. Om det är någon annan registrerar du en ny person nedan.

purpose-basic = Grunduppgifter för rådgivning och checkar (obligatoriskt)
purpose-profile = Profil för bättre rådgivning (utbildning, yrke, språknivå)
purpose-share-immigration = Att dela grunduppgifter med migrationsmyndigheten
purpose-reminders = Påminnelser via e-post eller sms
purpose-surveys = Enkäter om nöjdhet och uppföljning

consent-basic-text = Välkomstservicen sparar ditt namn, ditt födelsedatum, ditt medborgarskap, dina språk, din adress och dina kontaktuppgifter. Vi använder uppgifterna för att ge dig rådgivning, informationsmöten och checkar för språkkurser. Bara personalen på välkomstservicen ser dem. Du kan när som helst se, rätta eller ta bort dem.
consent-profile-text = Du kan berätta för oss om din utbildning, ditt yrke, dina kvalifikationer och din språknivå. Vi använder det bara för att ge dig bättre råd, till exempel om rätt språkkurs. Det är frivilligt. Du kan ta tillbaka ditt samtycke när som helst, och då tar vi bort uppgifterna direkt.
consent-share-immigration-text = Vi får dela några uppgifter med migrationsmyndigheten, till exempel när ditt uppehållstillstånd beror på ett språkprov. Det är ditt namn, ditt födelsedatum och om du har deltagit i rådgivning och kurser. Inget annat delas. Du kan ta tillbaka ditt samtycke när som helst.
consent-reminders-text = Vi får skicka påminnelser om dina tider och möten till dig via e-post eller sms. Du kan stoppa dem när som helst.
consent-surveys-text = Vi får fråga dig senare hur nöjd du är med välkomstservicen, och hur du har det efter två år. Det är frivilligt att svara. Du kan stoppa detta när som helst.

channel-in-person = På plats
channel-paper = På papper
channel-phone = Per telefon
channel-online = Online
channel-import = Import från migrationsmyndigheten

people-done-created = Personen har registrerats.
people-done-updated = Ändringarna har sparats.
people-done-consent-given = Samtycket har registrerats.
people-done-consent-withdrawn = Samtycket har återkallats och de uppgifter som berodde på det har raderats.
people-done-profile-saved = Profilen har sparats.
people-done-merged = De två posterna har slagits samman.
people-next-steps = Nästa steg
people-next-website = Visa personen välkomstwebbplatsen på { $language }.
people-basic-data = Grunduppgifter
people-eu-citizen = Medborgare i EU, EES eller Schweiz
people-third-country = Medborgare i tredjeland
people-document-language = Språk för dokument
people-due-next = Det här ska göras härnäst
people-follow-up-due = Uppföljande rådgivning efter två år: från { $date }.
people-follow-up-unknown = Datumet för det första uppehållstillståndet är inte känt, så datumet för uppföljningen är inte heller känt.
people-purpose = Ändamål
people-given = Lämnat den
people-text-version = Textversion
people-withdrawn-on = Återkallat den { $date }
people-consent-live = Lämnat
people-withdraw = Återkalla
people-give-consent = Registrera ett till samtycke
people-record-consent = Registrera samtycke
people-profile = Profil
people-profile-intro = Frivilliga uppgifter som hjälper till att ge rätt råd.
people-profile-needs-consent = Personen har inte samtyckt till en profil. Registrera samtycket till profilen först.
people-edit-profile = Redigera profilen
people-education-level = Utbildning
people-language-level = Nivå i det lokala språket
people-profession = Yrke
people-qualifications = Kvalifikationer som ska erkännas
people-qualifications-hint = Till exempel examensbevis och intyg från utlandet.
people-not-given = Inte angivet
education-none = Ingen skolutbildning
education-primary = Grundskola
education-secondary = Gymnasieskola
education-vocational = Yrkesutbildning
education-tertiary = Universitet eller högskola
level-a0 = Inga kunskaper ännu
level-a1 = A1 – nybörjare
level-a2 = A2 – grundläggande
level-b1 = B1 – mellannivå
level-b2 = B2 – högre mellannivå
level-c1 = C1 – avancerad
level-c2 = C2 – mycket avancerad
people-rights = Rättigheter enligt dataskyddet
people-export-readable = Allt vi har sparat, som ett läsbart dokument på personens språk
people-export-json = Allt vi har sparat, som en JSON-fil
people-history = Postens historik
people-edit-title = Rätta grunduppgifterna
people-save = Spara

people-withdraw-title = Återkalla samtycket: { $purpose }?
people-withdraw-basic-body = Utan det här samtycket får tjänsten inte spara något. Personens post raderas direkt: namn, födelsedatum, kontaktuppgifter, språk, samtycken och profil. Bara anonyma siffror finns kvar. Detta kan inte ångras.
people-withdraw-profile-body = Profiluppgifterna (utbildning, yrke, kvalifikationer, språknivå) raderas direkt.
people-withdraw-other-body = Tjänsten slutar göra detta för personen från och med nu.
people-withdraw-confirm = Ja, återkalla samtycket

people-merge-title = Slå samman en dubblettpost
people-merge-intro = Välj dubbletten av { $name }. Dess språk, samtycken och profil flyttas till den här posten, och sedan tas dubbletten bort.
people-merge-candidates = Poster med liknande namn
people-merge-other = Dubblettpostens id
people-merge-other-hint = Det långa id:t i slutet av dubblettens adress.
people-merge-compare = Jämför
people-merge-keep = Behålls
people-merge-remove = Tas bort
people-merge-body = Kontrollera att båda posterna gäller samma person. Sammanslagningen skrivs in i granskningsloggen och kan inte ångras.
people-merge-confirm = Ja, slå samman posterna

people-erase-title = Radera personens uppgifter
people-erase-body = Allt som identifierar personen raderas direkt: namn, födelsedatum, kontaktuppgifter, språk, samtycken och profil. Det som staden måste spara för sin bokföring finns kvar, utan personens namn. Detta kan inte ångras.
people-erase-confirm = Ja, radera uppgifterna

export-title = Dina uppgifter hos välkomstservicen
export-intro = Det här är allt som välkomstservicen i { $city } sparar om dig.
export-history = Det här har gjorts med dina uppgifter
export-rights = Du kan när som helst be oss att rätta eller ta bort dina uppgifter. Du kan också klaga hos dataskyddsmyndigheten.

consent-texts-title = Det här säger du ja till
consent-texts-intro = Läs det här. Du bestämmer för varje punkt. Välkomstservicen i { $city } är gratis, även om du inte säger ja till de frivilliga punkterna.
consent-texts-withdraw = Du kan ta tillbaka varje samtycke när som helst, på välkomstkontoret, per telefon eller via e-post.

import-title = Importera nya uppehållstillstånd
import-intro = Ladda upp filen med nyss utfärdade första uppehållstillstånd från migrationsmyndigheten. Om någon rad har ett problem importeras ingenting, och alla problem visas i en lista. Om du importerar samma fil igen skapas inga dubbletter.
import-columns = Kolumner (filens första rad):
import-file = CSV-fil
import-file-hint = UTF-8, åtskilt med kommatecken eller semikolon. Flera språk eller samtycken i en cell skiljs åt med semikolon.
import-submit = Importera
import-done = { $created } personer registrerades, { $skipped } var redan registrerade sedan tidigare.
import-problems = { $count ->
    [one] Filen har { $count } problem
   *[other] Filen har { $count } problem
}
import-nothing-imported = Ingenting importerades. Rätta filen och ladda upp den igen.
import-line = Rad
import-column = Kolumn
import-reason = Problem

records-title = Integritet och lagringstid
records-intro = Registret över behandlingar (artikel 30 i GDPR): vilka personuppgifter tjänsten sparar, varför, med vilken rättslig grund, hur länge och vem som ser dem. Registret skapas från tjänstens datakarta.
records-retention = Lagringstid
records-expired = { $count ->
    [one] { $count } post har passerat lagringstiden och raderas vid nattens körning.
   *[other] { $count } poster har passerat lagringstiden och raderas vid nattens körning.
}
records-retention-years = År efter den senaste kontakten
records-retention-hint = Poster raderas automatiskt så här många år efter personens senaste kontakt med tjänsten.
records-column = Kolumn
records-purpose = Ändamål
records-legal-basis = Rättslig grund
records-who = Vem som ser det

## Meddelanden vid formulärfält.
error-unknown-country = Välj ett land i listan
error-unknown-language = Välj ett språk i listan
error-duplicate-language = Varje språk bara en gång
error-too-many = Välj högst { $limit }
error-invalid-date = Ange ett datum som finns
error-date-in-future = Datumet kan inte vara i framtiden
error-before-birth = Datumet är före födelsedatumet
error-not-latin = Använd bara latinska bokstäver i det här fältet
error-consent-required = Personen måste samtycka till grunduppgifterna, annars kan ingenting registreras
error-consent-basic-required = Kryssa i rutan för att godkänna att välkomsttjänsten sparar dina grunduppgifter: utan det kan vi inte registrera något.
error-consent-modules-required = Kryssa i rutan för att godkänna att din anmälan sparas: utan det kan vi inte anmäla dig.
error-duplicate-consent = Det här samtycket är redan registrerat
error-consent-missing = Personen har inte samtyckt till detta; registrera samtycket först
error-unknown-person = Det finns ingen post med det här id:t
error-not-csv = Ladda upp en CSV-fil
error-not-utf8 = Spara filen som UTF-8-text och ladda upp den igen
error-invalid-csv = Raden kan inte läsas som CSV
error-unknown-column = Kolumnen är okänd
error-missing-column = Kolumnen saknas
error-too-many-rows = Filen har för många rader; dela upp den
error-wrong-number-of-fields = Raden har ett annat antal fält än den första raden
error-duplicate-in-file = Tillståndets id finns två gånger i filen
error-empty-file = Filen har inga rader

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Anmälan till informationsträffar
consent-modules-text = För att anmäla dig till en informationsträff i grupp sparar välkomstservicen ditt namn, ditt födelsedatum, dina kontaktuppgifter och antal och ålder på dina barn för barnpassningen. Vi använder dem för att hålla din plats eller din plats i kön, för att meddela dig om ändringar och för att räkna din närvaro i ditt välkomstpass. Kontaktuppgifterna i en anmälan raderas 90 dagar efter träffen. Du kan ta tillbaka detta när som helst; dina anmälningar ställs då in.
