## Individuell rådgivning (personalens sidor).

staff-nav-follow-ups = Dags för uppföljning
staff-nav-coverage = Språk per plats

coaching-appointments = Rådgivningstider
coaching-none-yet = Ingen rådgivning har bokats ännu.
coaching-book-title = Boka rådgivning
coaching-choose = Typ och plats
coaching-kind = Typ av rådgivning
coaching-place = Plats
coaching-any-place = Valfri plats
coaching-show-slots = Visa lediga tider
coaching-slots = Lediga tider, de tidigaste först
coaching-minutes = { $minutes } min
coaching-interpreter = med telefontolk
coaching-book = Boka den här tiden
coaching-no-slots = Det finns ingen ledig tid de närmaste 60 dagarna. Prova en annan plats eller typ, eller fråga samordnaren.
coaching-cancel-title = Avboka tiden
coaching-cancel-body = Tiden blir ledig för andra direkt. Meddela personen, på personens språk.
coaching-cancel-confirm = Ja, avboka tiden
coaching-outcome-title = Registrera rådgivningen
coaching-outcome-status = Blev rådgivningen av?
coaching-topics = Ämnen som togs upp
coaching-topics-hint = Till exempel bostad, arbete, hälsa, uppehållstillstånd, skolor.
coaching-handed-out = Det här lämnades ut
coaching-handed-out-hint = Välkomstbroschyren och på vilket språk, välkomstpasset, information om moduler och checkar.
coaching-referrals = Hänvisningar
coaching-referrals-hint = Vart personen hänvisades, till exempel till en myndighet eller en rådgivningsbyrå.
coaching-notes = Privata anteckningar
coaching-notes-hint = Bara rådgivare ser de här anteckningarna. Skriv bara det som behövs.
coaching-childcare = Barnpassning behövs vid nästa tid

kind-start = Inledande rådgivning
kind-follow-up = Uppföljning efter två år
kind-individual-module = Individuell modul
kind-desk-follow-up = Uppföljning efter besök på välkomstkontoret

status-booked = Bokad
status-held = Genomförd
status-no-show = Kom inte
status-cancelled = Avbokad

people-done-booked = Rådgivningen har bokats. Referens: { $reference }
people-done-cancelled = Tiden har avbokats.
people-done-outcome = Rådgivningen har registrerats.

follow-ups-title = Dags för uppföljande rådgivning
follow-ups-intro = { $days ->
    [one] Personer som har bott här i två år, eller gör det inom { $days } dag, och som inte har någon uppföljande rådgivning bokad.
   *[other] Personer som har bott här i två år, eller gör det inom { $days } dagar, och som inte har någon uppföljande rådgivning bokad.
}
follow-ups-due = Aktuell från
follow-ups-invite = Bjud in
follow-ups-email-possible = kan nås via e-post
follow-ups-none = Ingen är aktuell under den här perioden.

coverage-title = Språk per plats och dag
coverage-intro = Vilka språk rådgivarna talar på varje plats, för varje veckodag. För de andra språken bokas en tid med telefontolk.
coverage-day = Dag
coverage-hours = Tider
coverage-none = Inga arbetstider har registrerats ännu.

error-slot-taken = Den här tiden blev just bokad av någon annan. Välj en annan tid.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Barnpassning
coaching-childcare-legend = Barn som behöver passning under besöket
coaching-children-care = Barnpassning: { $count } (ålder { $ages })
childcare-title = Barnpassning vid vägledning
childcare-intro = Besök där personen vid bokningen sa att barn behöver passning under besöket, per dag och plats. Ordna barnpassningen utifrån listan; referensen anger besöket.
childcare-period = Period
childcare-from = Från
childcare-from-hint = Till exempel 2026-12-24
childcare-days = Antal dagar
childcare-show = Visa
childcare-day-summary = Barn totalt: { $children }. Som mest samtidigt: { $most }.
childcare-col-time = Tid
childcare-col-children = Barn
childcare-col-ages = Ålder
childcare-col-reference = Referens
childcare-none = Ingen barnpassning behövs under perioden.
