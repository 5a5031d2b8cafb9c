## Diiwaanka dadka isticmaala adeegga (bogagga shaqaalaha).

staff-nav-people = Dadka
staff-nav-import = Soo geli sharciyada deganaanshaha
staff-nav-privacy = Asturnaanta iyo muddada kaydinta
yes = Haa
no = Maya

people-title = Dadka
people-search-title = Raadi qof
people-search-name = Magac
people-search-name-hint = Far kasta ama higgaad kasta, kala horreyn kasta. Waxaad sidoo kale ku raadin kartaa taariikhda dhalashada oo keliya.
people-search-submit = Raadi
people-results = { $count ->
    [one] { $count } qof ayaa la helay
   *[other] { $count } qof ayaa la helay
}
people-no-results = Qofna lama helin. Hubi higgaadda ama ku raadi taariikhda dhalashada.
people-erased = Xogta qofka waa la tirtiray.

people-new-title = Diiwaangeli qof
people-new-intro = Qor oo keliya waxa qofku oggol yahay. Goobaha lagu calaamadeeyey ikhtiyaari way banaanaan karaan.
people-full-name = Magaca oo buuxa
people-full-name-hint = Sida ay ugu qoran tahay dukumentiga aqoonsiga, far kasta iyo kala horreyn kasta.
people-latin-name = Magaca oo far Laatiin ah (ikhtiyaari)
people-latin-name-hint = Kaliya haddii dukumentigu muujiyo, tusaale ahaan sadarka uu mashiinku akhriyo.
people-birth-date = Taariikhda dhalashada
people-birth-date-hint = Haddii dukumentigu muujiyo sannadka oo keliya, geli sannadka oo keliya. Tusaale ahaan 17 4 1990.
people-day = Maalin
people-month = Bil
people-year = Sannad
people-choose = Dooro…
people-citizenship = Jinsiyadda
people-languages = Luqadaha uu qofku ku hadlo
people-languages-hint = Marka hore luqadda uu doorbido. Dukumentiyada iyo waraaqaha qofka waxay ku soo baxaan luqadda ugu horreysa ee kuwan ka mid ah oo adeeggu bixiyo.
people-language-n = Luqadda { $n }
people-permit-issued-on = Taariikhda la bixiyey sharciga deganaanshaha ee ugu horreeya
people-optional = (ikhtiyaari)
people-date-hint = Tusaale ahaan 2026-11-25.
people-certificate-required = Sharci ahaan waa inuu helaa shahaado luqadeed
people-phone = Taleefan
people-phone-hint = Qaab caalami ah, tusaale ahaan +46 70 123 45 67.
people-email = Iimayl
people-address = Cinwaan
people-district = Degmo
people-consents = Oggolaansho
people-consents-hint = Qofka tus qoraallada hoose oo ku qoran luqaddiisa, oo calaamadee oo keliya waxa uu oggol yahay. Qoraallada la akhrinayo:
people-channel = Sida oggolaanshaha loo bixiyey
people-text-language = Luqadda qoraalka uu qofku akhriyey
people-create = Diiwaangeli qofka
people-create-anyway = Midna ma aha: diiwaangeli qof cusub
people-duplicates-title = Qofkan waxaa laga yaabaa in horey loo diiwaangeliyey
people-duplicates-body = Fur diiwaanka haddii uu yahay isla qofkii. Haddii uu yahay qof kale, hoos ka diiwaangeli qof cusub.

purpose-basic = Xogta aasaasiga ah ee la-talinta iyo kuuboonnada (waajib)
purpose-profile = Faahfaahin shakhsi ah oo loogu talagalay talo ka wanaagsan (waxbarasho, xirfad, heerka luqadda)
purpose-share-immigration = La wadaagidda xogta aasaasiga ah xafiiska socdaalka
purpose-reminders = Xusuusin iimayl ama fariin qoraal ah
purpose-surveys = Sahanno ku saabsan qanacsanaanta iyo la-socodka

consent-basic-text = Adeegga soo-dhaweyntu wuxuu hayaa magacaaga, taariikhda dhalashadaada, jinsiyaddaada, luqadahaaga, cinwaankaaga iyo macluumaadka lagula xiriiro. Waxaan u isticmaalnaa si aan kuu siino la-talin, kulammo macluumaad iyo kuuboonno koorsooyin luqadeed. Shaqaalaha adeegga oo keliya ayaa arka. Waqti kasta waad arki kartaa, saxi kartaa ama tirtiri kartaa.
consent-profile-text = Waxaad noo sheegi kartaa waxbarashadaada, xirfaddaada, shahaadooyinkaaga iyo heerka luqaddaada. Waxaan tan u isticmaalnaa oo keliya si aan kuu siino talo ka wanaagsan, tusaale ahaan koorsada luqadda ee kugu habboon. Waa ikhtiyaari. Waqti kasta waad dib u qaadan kartaa oggolaanshahaaga, markaas ayaan isla markiiba tirtirnaa xogtaas.
consent-share-immigration-text = Waxaan xog qaar la wadaagi karnaa xafiiska socdaalka, tusaale ahaan marka sharcigaaga deganaanshuhu ku xiran yahay imtixaan luqadeed. Xogtaasi waa magacaaga, taariikhda dhalashadaada iyo in aad ka qayb gashay la-talinta iyo koorsooyinka iyo in kale. Wax kale lama wadaago. Waqti kasta waad dib u qaadan kartaa oggolaanshahaaga.
consent-reminders-text = Waxaan kuu soo diri karnaa xusuusin ku saabsan ballamahaaga iyo kulammadaada, iimayl ama fariin qoraal ah. Waqti kasta waad joojin kartaa.
consent-surveys-text = Mar dambe waxaan ku weydiin karnaa inta aad ku qanacsan tahay adeegga, iyo sida aad u nooshahay laba sano kadib. Ka jawaabiddu waa ikhtiyaari. Waqti kasta waad joojin kartaa tan.

channel-in-person = Fool-ka-fool
channel-paper = Warqad ahaan
channel-phone = Taleefan ahaan
channel-online = Onlayn
channel-import = Laga soo geliyey xafiiska socdaalka

people-done-created = Qofka waa la diiwaangeliyey.
people-done-updated = Isbeddellada waa la kaydiyey.
people-done-consent-given = Oggolaanshaha waa la diiwaangeliyey.
people-done-consent-withdrawn = Oggolaanshaha dib ayaa loo qaaday, xogtii ku xirnaydna waa la tirtiray.
people-done-profile-saved = Faahfaahinta shakhsiga waa la kaydiyey.
people-done-merged = Labada diiwaan waa la isku daray.
people-next-steps = Tallaabooyinka xiga
people-next-website = Qofka tus websaydhka soo-dhaweynta ee luqadda { $language }.
people-basic-data = Xogta aasaasiga ah
people-eu-citizen = Muwaadin EU, EEA ama Swiss ah
people-third-country = Muwaadin dal saddexaad
people-document-language = Luqadda dukumentiyada
people-due-next = Waxa xiga ee la qabanayo
people-follow-up-due = La-talinta dabagalka laba sano kadib: laga bilaabo { $date }.
people-follow-up-unknown = Taariikhda sharciga deganaanshaha ee ugu horreeya lama yaqaan, sidaas darteed taariikhda dabagalkana lama yaqaan.
people-purpose = Ujeeddo
people-given = Taariikhda la bixiyey
people-text-version = Nuqulka qoraalka
people-withdrawn-on = Dib loo qaaday { $date }
people-consent-live = La bixiyey
people-withdraw = Dib u qaad
people-give-consent = Diiwaangeli oggolaansho kale
people-record-consent = Diiwaangeli oggolaanshaha
people-profile = Faahfaahinta shakhsiga
people-profile-intro = Xog ikhtiyaari ah oo ka caawisa in la bixiyo talo ku habboon.
people-profile-needs-consent = Qofku ma oggolaan faahfaahin shakhsi ah. Marka hore diiwaangeli oggolaanshaha faahfaahinta shakhsiga.
people-edit-profile = Wax ka beddel faahfaahinta shakhsiga
people-education-level = Waxbarasho
people-language-level = Heerka luqadda deegaanka
people-profession = Xirfad
people-qualifications = Shahaadooyinka u baahan in la aqoonsado
people-qualifications-hint = Tusaale ahaan dibloomo iyo shahaadooyin dibadda laga helay.
people-not-given = Lama sheegin
education-none = Dugsi ma dhigan
education-primary = Dugsi hoose
education-secondary = Dugsi sare
education-vocational = Tababar xirfadeed
education-tertiary = Jaamacad ama kulliyad
level-a0 = Weli waxba
level-a1 = A1 – bilow
level-a2 = A2 – aasaasi
level-b1 = B1 – dhexe
level-b2 = B2 – dhexe sare
level-c1 = C1 – horumarsan
level-c2 = C2 – aad u xirfad leh
people-rights = Xuquuqda ilaalinta xogta
people-export-readable = Wax kasta oo aan hayno, dukumenti la akhrin karo oo ku qoran luqadda qofka
people-export-json = Wax kasta oo aan hayno, fayl JSON ah
people-history = Taariikhda diiwaankan
people-edit-title = Sax xogta aasaasiga ah
people-save = Kaydi

people-withdraw-title = Dib u qaad oggolaanshaha: { $purpose }?
people-withdraw-basic-body = Oggolaanshahan la'aantiis adeeggu waxba ma hayn karo. Diiwaanka qofka isla markiiba waa la tirtirayaa: magaca, taariikhda dhalashada, macluumaadka xiriirka, luqadaha, oggolaanshayaasha iyo faahfaahinta shakhsiga. Tirooyin aan qofna lagu garan karin oo keliya ayaa haraya. Tan dib looma celin karo.
people-withdraw-profile-body = Xogta faahfaahinta shakhsiga (waxbarasho, xirfad, shahaadooyin, heerka luqadda) isla markiiba waa la tirtirayaa.
people-withdraw-other-body = Hadda kadib adeeggu tan uma sii samaynayo qofka.
people-withdraw-confirm = Haa, dib u qaad oggolaanshaha

people-merge-title = Isku dar diiwaan labanlaaban
people-merge-intro = Dooro diiwaanka labanlaaban ee { $name }. Luqadihiisa, oggolaanshayaashiisa iyo faahfaahintiisa shakhsiga waxay u guurayaan diiwaankan, kadibna diiwaanka labanlaaban waa la saarayaa.
people-merge-candidates = Diiwaanno leh magac isku eg
people-merge-other = Aqoonsiga diiwaanka labanlaaban
people-merge-other-hint = Aqoonsiga dheer ee ku yaal dhammaadka cinwaanka diiwaanka labanlaaban.
people-merge-compare = Is barbar dhig
people-merge-keep = Waa la hayaa
people-merge-remove = Waa la saarayaa
people-merge-body = Hubi in labada diiwaan ay yihiin isla qof. Isku-darka waxaa lagu qorayaa diiwaanka hubinta, dib loomana celin karo.
people-merge-confirm = Haa, isku dar diiwaannada

people-erase-title = Tirtir xogta qofkan
people-erase-body = Wax kasta oo qofka lagu garan karo isla markiiba waa la tirtirayaa: magaca, taariikhda dhalashada, macluumaadka xiriirka, luqadaha, oggolaanshayaasha iyo faahfaahinta shakhsiga. Waxa ay magaaladu waajib ku tahay inay u hayso xisaabaadkeeda way harayaan, iyagoo aan lahayn magaca qofka. Tan dib looma celin karo.
people-erase-confirm = Haa, tirtir xogta

export-title = Xogtaada ku jirta adeegga soo-dhaweynta
export-intro = Tani waa wax kasta oo adeegga soo-dhaweynta ee { $city } kaa hayo.
export-history = Waxa lagu sameeyey xogtaada
export-rights = Waqti kasta waad na weydiin kartaa inaan saxno ama tirtirno xogtaada. Waxaad sidoo kale cabasho u gudbin kartaa hay'adda ilaalinta xogta.

consent-texts-title = Waxa aad oggolaanayso
consent-texts-intro = Fadlan akhri. Qodob kasta adiga ayaa go'aansanaya. Adeegga soo-dhaweynta ee { $city } waa bilaash, xitaa haddii aadan oggolaan qodobada ikhtiyaariga ah.
consent-texts-withdraw = Oggolaansho kasta waqti kasta waad dib u qaadan kartaa: xafiiska soo-dhaweynta, taleefan ama iimayl.

import-title = Soo geli sharciyada cusub
import-intro = Soo rar faylka xafiiska socdaalka ee sharciyada deganaanshaha ee ugu horreeya ee dhowaan la bixiyey. Haddii saf uun dhibaato leeyahay, waxba lama soo gelinayo, dhibaato kastana waa la liis garaynayaa. Haddii aad isla faylka mar kale soo geliso, wax labanlaaban ah lama abuurayo.
import-columns = Tiirarka (sadarka koowaad ee faylka):
import-file = Fayl CSV ah
import-file-hint = UTF-8, waxaa kala saara hakad (,) ama hakad-dhibic (;). Luqado ama oggolaanshayaal badan oo hal unug ku jira waxaa kala saara hakad-dhibic (;).
import-submit = Soo geli
import-done = { $created } qof ayaa la diiwaangeliyey, { $skipped } horey ayaa loo diiwaangeliyey.
import-problems = { $count ->
    [one] Faylku wuxuu leeyahay { $count } dhibaato
   *[other] Faylku wuxuu leeyahay { $count } dhibaato
}
import-nothing-imported = Waxba lama soo gelin. Sax faylka oo mar kale soo rar.
import-line = Sadar
import-column = Tiir
import-reason = Dhibaato

records-title = Asturnaanta iyo muddada kaydinta
records-intro = Diiwaanka hawlaha xog-habaynta (GDPR, qodobka 30): xogta shakhsiga ah ee adeeggu hayo, sababta, saldhigga sharciga ah, muddada iyo cidda aragta. Waxaa laga sameeyaa khariidadda xogta ee adeegga.
records-retention = Muddada kaydinta
records-expired = { $count ->
    [one] { $count } diiwaan ayaa dhaafay muddada kaydinta, waxaana tirtiri doona hawsha caawa.
   *[other] { $count } diiwaan ayaa dhaafay muddada kaydinta, waxaana tirtiri doona hawsha caawa.
}
records-retention-years = Sannadaha kadib xiriirkii ugu dambeeyey
records-retention-hint = Diiwaannada si toos ah ayaa loo tirtiraa inta sannadood kadib xiriirkii ugu dambeeyey ee qofka iyo adeegga.
records-column = Tiir
records-purpose = Ujeeddo
records-legal-basis = Saldhigga sharciga
records-who = Cidda aragta

## Fariimaha ku ag yaal goobaha foomka.
error-unknown-country = Ka dooro dal liiska
error-unknown-language = Ka dooro luqad liiska
error-duplicate-language = Luqad kasta hal mar oo keliya
error-too-many = Dooro ugu badnaan { $limit }
error-invalid-date = Geli taariikh jirta
error-date-in-future = Taariikhdu ma noqon karto mustaqbalka
error-before-birth = Taariikhdan waxay ka horreysaa taariikhda dhalashada
error-not-latin = Goobtan ku isticmaal xarfaha Laatiinka oo keliya
error-consent-required = Qofku waa inuu oggolaadaa xogta aasaasiga ah, haddii kale waxba lama diiwaangelin karo
error-consent-basic-required = Calaamadee sanduuqa si aad u oggolaato in adeegga soo dhaweynta uu hayo xogtaada aasaasiga ah: la'aanteed waxba ma diiwaangelin karno.
error-consent-modules-required = Calaamadee sanduuqa si aad u oggolaato in diiwaangelintaada la hayo: la'aanteed kuma diiwaangelin karno.
error-duplicate-consent = Oggolaanshahan horey ayaa loo diiwaangeliyey
error-consent-missing = Qofku ma oggolaan tan; marka hore diiwaangeli oggolaanshaha
error-unknown-person = Ma jiro diiwaan leh aqoonsigan
error-not-csv = Soo rar fayl CSV ah
error-not-utf8 = Faylka u kaydi qoraal UTF-8 ah oo mar kale soo rar
error-invalid-csv = Sadarkan looma akhriyi karo CSV ahaan
error-unknown-column = Tiirkan lama yaqaan
error-missing-column = Tiirkan wuu maqan yahay
error-too-many-rows = Faylku saf aad u badan ayuu leeyahay; kala qaybi
error-wrong-number-of-fields = Sadarkan wuxuu leeyahay tiro goobo ah oo ka duwan sadarka koowaad
error-duplicate-in-file = Aqoonsiga sharcigan laba jeer ayuu ku jiraa faylka
error-empty-file = Faylku saf ma leh

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Is-diiwaangelinta fadhiyada macluumaadka
consent-modules-text = Si laguugu diiwaangeliyo fadhi macluumaad oo koox ah, adeegga soo dhaweynta wuxuu hayaa magacaaga, taariikhda dhalashadaada, xiriirkaaga iyo tirada iyo da'da carruurtaada daryeelka carruurta awgiis. Waxaan u isticmaalnaa inaan kuu hayno kursigaaga ama kaalintaada liiska sugitaanka, inaan kuu sheegno isbeddelada, iyo inaan imaanshahaaga ku tirinno baasaboorka soo dhaweynta. Xogta xiriirka ee diiwaangelinta waxaa la tirtiraa 90 maalmood kadib fadhiga. Waqti kasta waad ka noqon kartaa ogolaanshahan; markaas diiwaangelintaada waa la joojinayaa.
