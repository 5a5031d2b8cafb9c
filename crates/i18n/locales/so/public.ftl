## Websaydhka dadweynaha, loogu talagalay dadka cusub. Erayo fudud, jumlado gaagaaban, "adiga".

public-start-title = Ku soo dhawoow { $city }
public-start-lead = Ma ku cusub tahay { $city }? Waan ku caawinaynaa, bilaash, luqaddaada.
public-services-title = Sida aan kuu caawin karno
public-coaching-title = Wadahadal gaar ah oo luqaddaada ah
public-coaching-body = La-taliye ayaa kula hadlaya luqaddaada. Waxaad baranaysaa sida wax u shaqeeyaan magaalada: guryaha, shaqada, dugsiga, caafimaadka iyo waraaqahaaga. Waxaad helaysaa buug-yaraha soo-dhaweynta iyo baasaboorkaaga soo-dhaweynta.
public-modules-title = Kulammo macluumaad oo kooxo ah
public-modules-body = Kulan kastaa waa laba saacadood, wuxuuna ku saabsan yahay hal mawduuc. Kulammadu waxay ku socdaan luqado badan. Qaar waa maalinta Sabtida. Inta kulanku socdo, carruurtaada waa la xannaanayn karaa.
public-desk-title = Xafiiska soo-dhaweynta iyo khadka taleefanka
public-desk-body = Xafiiska imow adigoo aan ballan lahayn, ama na soo wac. Waxaan ka jawaabnaa su'aalahaaga. Waxaan kaa caawinnaa inaad hesho xafiiska saxda ah.
public-vouchers-title = Baasaboorkaaga soo-dhaweynta iyo kuuboon koorso luqadeed
public-vouchers-body = Kulan kasta oo aad ka qayb gasho waxaa lagu qoraa baasaboorkaaga. Kulankaaga ugu horreeya kadib, waxaad helaysaa kuuboon. Kuuboonku wuxuu bixiyaa lacagta koorso luqadeed. Kuuboonku adiga oo keliya ayuu kuu yahay.
public-where-title = Halka aad naga heli karto
public-desk-address = Xafiiska soo-dhaweyntu wuxuu ku yaal: { $address }
public-call-us = Na soo wac
public-write-us = Noo soo qor
public-open-now = Xafiisku hadda waa furan yahay.
public-closed-now = Xafiisku hadda waa xiran yahay.
public-opening-hours-title = Saacadaha furitaanka xafiiska
public-no-appointment = Uma baahnid ballan.
public-free = Caawimaaddayadu waa bilaash.

## Bayaanka helitaanka (Tilmaamaha Midowga Yurub ee 2016/2102 ku saabsan helitaanka websaydhada).
a11y-title = Bayaanka helitaanka
a11y-intro = { $city } waxay rabtaa in qof kastaa isticmaali karo websaydhkan. Bayaankan wuxuu sheegayaa inta uu websaydhku u fudud yahay qof kasta.
a11y-status-title = Inta uu websaydhkan u fudud yahay qof kasta
a11y-status-body = Websaydhkan wuxuu higsanayaa inuu buuxiyo Tilmaamaha Helitaanka Nuxurka Webka (WCAG) 2.1, heerka AA. Wuxuu shaqeeyaa JavaScript la'aan, shaashadaha yaryar, kiiboodhka iyo akhristayaasha shaashadda. Sidaas ayuu ugu shaqeeyaa luqad kasta oo aan bixinno, oo ay ku jiraan luqadaha laga qoro midig ilaa bidix.
a11y-known-issues-title = Waxa aan weli diyaar u ahayn qof kasta
a11y-known-issues-body = Tarjumaadaha qaarkood weli ma hubin qof ay luqaddaasi tahay luqaddiisa hooyo. Waxaa laga yaabaa in dukumentiyada PDF-ka aan weli si buuxda loogu diyaarin akhristayaasha shaashadda. Haddii aad dhibaato aragto, fadlan noo sheeg.
a11y-feedback-title = Noo sheeg dhibaato
a11y-feedback-body = Ma jirtaa qayb ka mid ah websaydhkan oo aadan isticmaali karin? Na soo wac ama noo soo qor. Waxaan kuu soo jawaabaynaa 14 maalmood gudahood.
a11y-enforcement-title = Haddii aadan ku qanacsanayn jawaabtayada
a11y-enforcement-body = Waxaad la xiriiri kartaa hay'adda qaranka ee kormeerta helitaanka websaydhada dowladda.
a11y-prepared = Bayaankan waxaa la diyaariyey { $date }.

## Asturnaanta.
privacy-title = Asturnaanta
privacy-intro = Waxaan kaliya haynaa macluumaadka adiga kugu saabsan ee aan u baahannahay si aan kuu caawinno. Oo kaliya haddii aad oggolaato.
privacy-body = Waxaad weydiisan kartaa inaad aragto wax kasta oo aan kaa hayno. Waxaad sidoo kale weydiisan kartaa in la saxo ama la tirtiro. Ka weydii xafiiska ama noo soo qor.
privacy-cookies = Websaydhkan wuxuu isticmaalaa kaliya kukiyada uu u baahan yahay: si foomamku u ammaan ahaadaan iyo si shaqaaluhu u sii galnaadaan. Kuma raad-raaco.
