## Waxa ay wadaagaan bogag oo dhan: qaabka bogga, taariikhaha, khaladaadka.

site-name = Adeegga Soo-dhaweynta
site-tagline = Caawimaad loogu talagalay dadka cusub ee { $city }, luqaddaada
skip-to-content = U gudub qaybta ugu muhiimsan ee bogga
language-switcher-label = Dooro luqaddaada
main-navigation = Liiska ugu muhiimsan
breadcrumbs-label = Halkan ayaad joogtaa
footer-help-title = Caawimaad fool-ka-fool ah
footer-desk = Xafiiska soo-dhaweynta: { $address }
footer-hotline = Na soo wac: { $phone }
footer-email = Iimayl: { $email }
footer-opening-hours = Saacadaha furitaanka
footer-accessibility = Bayaanka helitaanka
footer-privacy = Asturnaanta
footer-staff-login = Galitaanka shaqaalaha
closed = Xiran
hours-range = { $from }–{ $to }

## Taariikhaha. date-long waxay qaadataa maalinta, magaca bisha iyo sannadka.
date-long = { $day } { $month } { $year }
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luuliyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar
weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimco
weekday-6 = Sabti
weekday-7 = Axad

## Bogagga khaladka.
error-title-prefix = Khalad: { $title }
error-summary-title = Dhibaato ayaa jirta
error-page-not-found-title = Bogga lama helin
error-page-not-found-body = Ma heli karno boggan. Hubi cinwaanka, ama tag bogga hore.
error-page-forbidden-title = Ma furi kartid boggan
error-page-forbidden-body = Akoonkaagu kuuma oggola boggan. Haddii aad u baahan tahay, weydii isku-duwahaaga.
error-page-bad-request-title = Wax khaldan ayaa ku jiray codsiga
error-page-bad-request-body = Boggu ma isticmaali karin waxa la soo diray. Dib u noqo oo mar kale isku day.
error-page-csrf-title = Waqtigii foomka wuu dhammaaday
error-page-csrf-body = Ammaankaaga awgiis, foomka lama diri karin. Dib u noqo, bogga dib u soo rar, oo foomka mar kale dir.
error-page-too-many-title = Isku day aad u badan
error-page-too-many-body = Fadlan sug dhowr daqiiqo. Kadib mar kale isku day.
error-page-server-title = Waan ka xunnahay, adeegga ayaa dhibaato qaba
error-page-server-body = Fadlan mar dambe isku day. Ma u baahan tahay caawimaad hadda? Na soo wac ama imow xafiiska soo-dhaweynta.
error-page-conflict-title = Qof kale ayaa isla waqtigaas beddelay
error-page-conflict-body = Qof kale ayaa hadda beddelay tan. Dib u noqo, bogga dib u soo rar, oo mar kale isku day.
error-page-too-large-title = Faylka ama foomku aad buu u weyn yahay
error-page-too-large-body = Dir fayl ka yar ama qoraal ka gaaban.
error-back-home = Tag bogga hore
error-reference = Tixraac: { $reference }

## Fariimaha ku ag yaal goobaha foomka. $limit waa tiro.
error-required = Geli macluumaadkan
error-too-long = Isticmaal { $limit } xaraf ama ka yar
error-too-short = Isticmaal ugu yaraan { $limit } xaraf
error-too-small = Geli tiro { $limit } ah ama ka badan
error-too-large = Geli tiro { $limit } ah ama ka yar
error-not-a-number = Geli tiro dhan, tusaale ahaan 12
error-control-characters = Ka saar calaamadaha gaarka ah ee aan halkan lagu isticmaali karin
error-invalid-email = Geli cinwaan iimayl sida magac@example.org
error-invalid-choice = Dooro mid ka mid ah xulashooyinka
error-invalid-phone = Geli lambar taleefan oo qaab caalami ah leh: ku bilow + iyo koodhka dalka
error-invalid-hours = Geli saacadaha furitaanka sidan: 08:00-12:00, 13:00-17:00
error-overlapping-hours = Saacadaha furitaanka ee hal maalin waa inaanay isku dhicin
error-invalid-timezone = Geli aagga waqtiga sida Europe/Stockholm
error-invalid-language = Dooro luqad
error-password-too-common = Erayga sirta ah si fudud ayaa loo qiyaasi karaa; dooro mid ka dheer ama aan caadi ahayn
error-passwords-differ = Labada eray sir ee cusub isku mid ma aha
error-wrong-password = Erayga sirta ah ee hadda ma saxna
error-required-for-provider-role = Akoonnada bixiyeyaasha koorsooyinka waa inay qoraan magaca ururkooda
error-only-for-provider-role = Akoonnada bixiyeyaasha koorsooyinka oo keliya ayaa ka tirsan urur
error-unknown-provider = Ma jiro bixiye koorso oo magacan leh
error-email-taken = Akoon leh cinwaankan iimaylka ah ayaa horey u jira
