## Nyanlända bokar rådgivning på webbplatsen. Enkla ord, korta meningar, "du".

book-title = Boka ett personligt samtal
book-intro = En rådgivare pratar med dig på ditt språk. Samtalet är gratis. Du behöver inga papper för att boka det.
book-what = Vad behöver du?
book-kind-start-hint = Du är ny i staden. Vi förklarar hur saker fungerar här.
book-kind-follow-up-hint = Du har bott här i ungefär två år och har nya frågor.
book-kind-individual-module-hint = Hjälp med ett ämne, till exempel att få ditt examensbevis godkänt.
book-language = Ditt språk
book-language-hint = Vi letar efter en rådgivare som talar ditt språk. Om ingen gör det hjälper en tolk via telefon.
book-continue = Fortsätt
book-back = Tillbaka
book-times-title = Välj en tid
book-times-choose = Lediga tider
book-with-interpreter = med telefontolk
book-no-times = Det finns ingen ledig tid just nu. Ring oss, så hittar vi en tid tillsammans.
book-details-title = Dina uppgifter
book-your-time = Din tid: { $when }
book-choose-other = Välj en annan tid
book-name = Ditt namn
book-name-hint = Som i din id-handling, med vilken skrift som helst.
book-birth-hint = Om du bara vet året skriver du bara året.
book-phone-hint = Så att vi kan nå dig. Skriv landsnumret först, till exempel +46 70 123 45 67.
book-email-hint = Skriv ett telefonnummer eller en e-postadress, eller båda.
book-consent = Ditt samtycke
book-consent-basic = Jag säger ja (behövs för att boka)
book-consent-reminders = Påminn mig om tiden (valfritt)
book-check-title = Kontrollera dina svar
book-when = När
book-confirm = Boka samtalet
book-change = Ändra mina svar
book-appointment-title = Din bokade tid
book-booked-title = Ditt samtal är bokat
book-reference = Din referens: { $reference }
book-reference-label = Referens
book-cancelled = Den här tiden har avbokats.
book-next-title = Det här händer sedan
book-next-body = Kom till platsen i tid. Ta med din id-handling eller ditt uppehållstillstånd om du har det. Behöver du tolk? Då ringer vi en tolk.
book-keep-link = Spara den här sidan eller dess adress. Med den kan du se eller avboka din tid.
book-cancel = Avboka tiden
book-move = Du kan ändra tiden:

error-phone-or-email = Skriv ett telefonnummer eller en e-postadress, så att vi kan nå dig
book-move-link = Välj en annan tid
book-move-title = Välj en ny tid
book-move-intro = Din tid nu: { $when }. Den är bokad tills du har valt en ny tid.
book-move-confirm = Flytta min tid till den här tiden
book-moved = Din tid har flyttats. Det här är den nya tiden.

## Childcare during the appointment (issue 4).
book-childcare-legend = Behöver du barnpassning under besöket?
book-childcare = Barnpassning
book-childcare-none = Behövs inte
