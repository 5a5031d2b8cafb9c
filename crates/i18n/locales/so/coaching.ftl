## La-talinta shakhsiga ah (bogagga shaqaalaha).

staff-nav-follow-ups = Dabagallada waqtigoodu yimid
staff-nav-coverage = Luqadaha goob kasta

coaching-appointments = Ballamaha la-talinta
coaching-none-yet = Weli la-talin lama ballansan.
coaching-book-title = Ballanso la-talin
coaching-choose = Nooca iyo goobta
coaching-kind = Nooca la-talinta
coaching-place = Goobta
coaching-any-place = Goob kasta
coaching-show-slots = Tus waqtiyada bannaan
coaching-slots = Waqtiyada bannaan, kan ugu horreeya marka hore
coaching-minutes = { $minutes } daqiiqo
coaching-interpreter = oo leh turjubaan taleefan
coaching-book = Ballanso waqtigan
coaching-no-slots = Ma jiro waqti bannaan 60-ka maalmood ee soo socda. Isku day goob kale ama nooc kale, ama weydii isku-duwaha.
coaching-cancel-title = Baaji ballanta
coaching-cancel-body = Waqtigu isla markiiba wuu u bannaanaanayaa dadka kale. U sheeg qofka, luqaddiisa.
coaching-cancel-confirm = Haa, baaji ballanta
coaching-outcome-title = Diiwaangeli la-talinta
coaching-outcome-status = Ma dhacday la-talintu?
coaching-topics = Mawduucyada laga hadlay
coaching-topics-hint = Tusaale ahaan guryaha, shaqada, caafimaadka, deganaanshaha, dugsiyada.
coaching-handed-out = Waxa la bixiyey
coaching-handed-out-hint = Buug-yaraha soo-dhaweynta iyo luqaddiisa, baasaboorka soo-dhaweynta, macluumaad ku saabsan kulammada macluumaadka iyo kuuboonnada.
coaching-referrals = Gudbinta
coaching-referrals-hint = Meesha qofka loo diray, tusaale ahaan xafiis ama adeeg talo-bixin.
coaching-notes = Qoraallo gaar ah
coaching-notes-hint = La-taliyeyaasha oo keliya ayaa arka qoraalladan. Qor oo keliya waxa loo baahan yahay.
coaching-childcare = Xannaanada carruurta ayaa loo baahan yahay ballanta xigta

kind-start = La-talinta bilowga
kind-follow-up = Dabagal laba sano kadib
kind-individual-module = Kulan macluumaad oo shakhsi ah
kind-desk-follow-up = Dabagal kadib booqasho xafiiska soo-dhaweynta

status-booked = La ballansaday
status-held = Waa dhacday
status-no-show = Ma iman
status-cancelled = La baajiyey

people-done-booked = La-talinta waa la ballansaday. Tixraac: { $reference }
people-done-cancelled = Ballanta waa la baajiyey.
people-done-outcome = La-talinta waa la diiwaangeliyey.

follow-ups-title = La-talinta dabagalka ee waqtigeedu yimid
follow-ups-intro = { $days ->
    [one] Dadka gaaraya laba sano oo deganaansho ah { $days } maalin gudaheed, ama horey u gaaray, oo aan lahayn la-talin dabagal oo la ballansaday.
   *[other] Dadka gaaraya laba sano oo deganaansho ah { $days } maalmood gudahood, ama horey u gaaray, oo aan lahayn la-talin dabagal oo la ballansaday.
}
follow-ups-due = Laga bilaabo
follow-ups-invite = Casuun
follow-ups-email-possible = iimayl waa suurtagal
follow-ups-none = Muddadan qofna waqtigiisu ma iman.

coverage-title = Luqadaha goob kasta iyo maalin kasta
coverage-intro = Luqadaha ay la-taliyeyaashu ku hadlaan goob kasta, maalin kasta oo toddobaadka ah. Luqadaha kale waxaa loo ballansadaa ballan leh turjubaan taleefan.
coverage-day = Maalin
coverage-hours = Saacadaha
coverage-none = Weli lama diiwaangelin saacado shaqo.

error-slot-taken = Waqtigan hadda ayaa la qaatay. Dooro waqti kale.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Xannaanada carruurta
coaching-childcare-legend = Carruurta u baahan xannaano inta ballantu socoto
coaching-children-care = Xannaanada carruurta: { $count } (da'da { $ages })
childcare-title = Xannaanada carruurta ee la-talinta
childcare-intro = Ballamaha uu qofku markii uu ballansanayay sheegay in carruurtu u baahan yihiin xannaano, maalin iyo goob kasta. Xannaanada ku habee liiskan; tixraacu wuxuu muujinayaa ballanta.
childcare-period = Muddada
childcare-from = Laga bilaabo
childcare-from-hint = Tusaale ahaan 2026-12-24
childcare-days = Tirada maalmaha
childcare-show = Muuji
childcare-day-summary = Carruurta oo dhan: { $children }. Ugu badnaan isku mar: { $most }.
childcare-col-time = Waqtiga
childcare-col-children = Carruurta
childcare-col-ages = Da'da
childcare-col-reference = Tixraac
childcare-none = Muddadan looma baahna xannaano carruureed.
