## Dadka cusubi waxay websaydhka ku ballansadaan la-talin. Erayo fudud, jumlado gaagaaban, "adiga".

book-title = Ballanso wadahadal gaar ah
book-intro = La-taliye ayaa kula hadlaya luqaddaada. Wadahadalku waa bilaash. Uma baahnid waraaqo si aad u ballansato.
book-what = Maxaad u baahan tahay?
book-kind-start-hint = Waxaad ku cusub tahay magaalada. Waxaan kuu sharraxaynaa sida wax halkan u shaqeeyaan.
book-kind-follow-up-hint = Qiyaastii laba sano ayaad halkan ku nooshahay. Waxaad qabtaa su'aalo cusub.
book-kind-individual-module-hint = Caawimaad ku saabsan hal mawduuc, tusaale ahaan in shahaadadaada la aqoonsado.
book-language = Luqaddaada
book-language-hint = Waxaan raadinaynaa la-taliye ku hadla luqaddaada. Haddii aan la helin, turjubaan ayaa kaa caawinaya taleefanka.
book-continue = Sii wad
book-back = Dib u noqo
book-times-title = Dooro waqti
book-times-choose = Waqtiyada bannaan
book-with-interpreter = oo leh turjubaan taleefan
book-no-times = Hadda ma jiro waqti bannaan. Fadlan na soo wac. Waxaan kula raadin doonnaa waqti.
book-details-title = Xogtaada
book-your-time = Waqtigaaga: { $when }
book-choose-other = Dooro waqti kale
book-name = Magacaaga
book-name-hint = Sida uu ugu qoran yahay dukumentiga aqoonsigaaga, far kasta.
book-birth-hint = Haddii aad sannadka oo keliya taqaan, qor sannadka oo keliya.
book-phone-hint = Si aan kuula soo xiriiri karno. Ku qor koodhka dalka, tusaale ahaan +46 70 123 45 67.
book-email-hint = Qor lambar taleefan ama cinwaan iimayl, ama labadaba.
book-consent = Oggolaanshahaaga
book-consent-basic = Waan oggolahay (waa loo baahan yahay si aad u ballansato)
book-consent-reminders = Fadlan ii xusuusi ballanta (ikhtiyaari)
book-check-title = Hubi jawaabahaaga
book-when = Goorma
book-confirm = Ballanso wadahadalka
book-change = Beddel jawaabahayga
book-appointment-title = Ballantaada
book-booked-title = Wadahadalkaaga waa la ballansaday
book-reference = Tixraacaaga: { $reference }
book-reference-label = Tixraac
book-cancelled = Ballantan waa la baajiyey.
book-next-title = Maxaa xiga
book-next-body = Goobta ku imow waqtiga saxda ah. Keen dukumentiga aqoonsigaaga ama sharciga deganaanshaha, haddii aad haysato. Haddii aad u baahan tahay turjubaan, annaga ayaa mid u yeeraya.
book-keep-link = Kaydi boggan ama cinwaankiisa. Waxaad ku arki kartaa ballantaada, ama waad ku baajin kartaa.
book-cancel = Baaji ballanta
book-move = Waad beddeli kartaa waqtiga:

error-phone-or-email = Qor lambar taleefan ama cinwaan iimayl, si aan kuula soo xiriiri karno
book-move-link = Dooro waqti kale
book-move-title = Dooro waqti cusub
book-move-intro = Ballantaada hadda: { $when }. Way kuu xiran tahay ilaa aad doorato waqti cusub.
book-move-confirm = U wareeji ballantayda waqtigan
book-moved = Ballantaada waa la wareejiyay. Kani waa waqtiga cusub.

## Childcare during the appointment (issue 4).
book-childcare-legend = Ma u baahan tahay xannaano carruureed inta ballantu socoto?
book-childcare = Xannaanada carruurta
book-childcare-none = Looma baahna
