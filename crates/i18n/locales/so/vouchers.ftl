# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Kani maaha lambar sax ah: hubi dhererka iyo xarfaha
error-code-check-digit = Lambarkan qalad qoraal ayaa ku jira: mar kale hubi xaraf kasta
error-token-malformed = Koodhkan QR ma aha baasaboorka soo dhaweynta
error-token-forged = Koodhkan QR waa been abuur ama waa la beddelay: ha aqbalin
error-invalid-level = Dooro heer u dhexeeya A1 ilaa C2
error-level-order = Heerka ugu sarreeya kama hoosayn karo heerka ugu hooseeya
error-invalid-amount = Geli lacag sida 150 ama 150.50
error-amount-too-small = Qiimuhu waa inuu ahaadaa ugu yaraan hal senti qayb kasta
error-invalid-month = Geli bil sida 2026-03
error-voucher-unknown = Ma jiro foojar leh koodhkan
error-voucher-check-digit = Koodhka foojarka qalad qoraal ayaa ku jira: mar kale hubi xaraf kasta
error-voucher-malformed = Kani ma aha koodh foojar: wuxuu leeyahay 18 xaraf iyo tiro
error-voucher-expired = Foojarkan waqtigiisii wuu dhacay
error-voucher-revoked = Magaaladu way joojisay foojarkan, lama isticmaali karo
error-voucher-used = Qaybtan foojarka horay ayaa loo isticmaalay
error-voucher-no-such-part = Foojarkan ma laha qayb caynkaas ah
error-voucher-foreign-provider = Koorsadan waxaa iska leh bixiye kale
error-voucher-provider-suspended = Ururkaaga waa la hakiyay: hadda foojarrada lama isticmaali karo
error-voucher-provider-not-approved = Ururkaaga looma oggolaan foojarrada
error-voucher-level = Foojarku ma bixiyo koorsooyinka heerkan
error-voucher-start-window = Koorsadu waxay bilaabataa wakhti ka baxsan muddada foojarku bixiyo
error-voucher-amount-above-remaining = Lacagtu way ka badan tahay inta ka hartay qaybtan foojarka
error-voucher-id-not-checked = Xaqiiji inaad hubisay kaarka aqoonsiga qofka foojarka leh

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Baasaboorka soo dhaweynta
passport-pdf-number = Lambarka baasaboorka
passport-pdf-holder = Milkiilaha
passport-pdf-birth-date = Taariikhda dhalashada
passport-pdf-qr-alt = Koodhka QR ee lagu hubiyo baasaboorkan
passport-pdf-stamps = Casharrada la xaadiray
passport-pdf-date = Taariikh
passport-pdf-topic = Mawduuc
passport-pdf-language = Luqad
passport-pdf-venue = Goob
passport-pdf-no-stamps = Weli cashar ma jiro.
passport-pdf-issued = La bixiyay
voucher-pdf-title = Foojarka koorsada luqadda
voucher-pdf-code = Koodhka foojarka
voucher-pdf-value = Qiimo
voucher-pdf-parts = Qaybo
voucher-pdf-part = Qaybta { $n }
voucher-pdf-valid-until = Wuu shaqeynayaa ilaa
voucher-pdf-levels = Heerarka koorsada
voucher-pdf-qr-alt = Koodhka QR ee foojarka
voucher-pdf-providers = Bixiyeyaasha koorsada ee la oggolaaday
voucher-pdf-condition-1 = Kaliya koorsooyinka luqadda ee bixiyeyaasha la oggolaaday. Lacag caddaan ah looma beddeli karo, qof kale lama siin karo.
voucher-pdf-condition-2 = Keen foojarkan iyo kaarkaaga aqoonsiga markaad is-diiwaangelinayso.
