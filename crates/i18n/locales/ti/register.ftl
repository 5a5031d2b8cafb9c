## The register of service users (staff pages).

staff-nav-people = ሰባት
staff-nav-import = ፍቓዳት ምእታው
staff-nav-privacy = ብሕታውነትን ግዜ ምዕቃብን
yes = እወ
no = ኣይፋል

people-title = ሰባት
people-search-title = ሰብ ምድላይ
people-search-name = ስም
people-search-name-hint = ብዝኾነ ፊደል ወይ ኣጸሓሕፋ፣ ብዝኾነ ስርዓት። ብዕለት ልደት ጥራይ'ውን ክትደልዩ ትኽእሉ።
people-search-submit = ምድላይ
people-results = { $count ->
    [one] { $count } ሰብ ተረኺቡ
   *[other] { $count } ሰባት ተረኺቦም
}
people-no-results = ዋላ ሓደ ሰብ ኣይተረኽበን። ኣጸሓሕፋ ኣረጋግጹ፣ ወይ ብዕለት ልደት ድለዩ።
people-erased = ሓበሬታ እቲ ሰብ ተደምሲሱ።

people-new-title = ሰብ ምምዝጋብ
people-new-intro = እቲ ሰብ ዝሰማምዓሉ ጥራይ መዝግቡ። "ግዴታ ኣይኮነን" ዝብል ምልክት ዘለዎም ቦታታት ባዶ ክጸንሑ ይኽእሉ።
people-full-name = ምሉእ ስም
people-full-name-hint = ከምቲ ኣብ ሰነድ መንነት ዝተጻሕፈ፣ ብዝኾነ ፊደልን ብዝኾነ ስርዓትን።
people-latin-name = ስም ብላቲን ፊደላት (ግዴታ ኣይኮነን)
people-latin-name-hint = እቲ ሰነድ እንተ ኣርእዩዎ ጥራይ፣ ንኣብነት ኣብቲ ብማሽን ዝንበብ መስመሩ።
people-birth-date = ዕለት ልደት
people-birth-date-hint = እቲ ሰነድ ዓመት ጥራይ እንተ ኣርእዩ፣ ዓመት ጥራይ ኣእትዉ። ንኣብነት 17 4 1990።
people-day = መዓልቲ
people-month = ወርሒ
people-year = ዓመት
people-choose = ምረጹ…
people-citizenship = ዜግነት
people-languages = እቲ ሰብ ዝዛረበን ቋንቋታት
people-languages-hint = መጀመርታ እቲ ዝመርጾ ቋንቋ። ሰነዳትን ደብዳቤታትን ናይቲ ሰብ፣ ካብዘን ቋንቋታት እቲ ኣገልግሎት ዝህበን ቀዳመይቲ ቋንቋ ይዳለዉ።
people-language-n = ቋንቋ { $n }
people-permit-issued-on = ቀዳማይ ፍቓድ መንበሪ ዝተዋህበሉ ዕለት
people-optional = (ግዴታ ኣይኮነን)
people-date-hint = ንኣብነት 2026-11-25።
people-certificate-required = ሰርቲፊኬት ቋንቋ ክወስድ ብሕጊ ይግደድ
people-phone = ተሌፎን
people-phone-hint = ብዓለምለኻዊ ቅርጺ፣ ንኣብነት +46 70 123 45 67።
people-email = ኢመይል
people-address = ኣድራሻ
people-district = ከባቢ
people-consents = ስምምዕ
people-consents-hint = ነቲ ሰብ ነዞም ኣብ ታሕቲ ዘለዉ ጽሑፋት ብቋንቋኡ ኣርእይዎ፣ እቲ ሰብ ዝሰማማዓሉ ጥራይ ድማ ምልክት ግበሩሉ። ዝንበቡ ጽሑፋት:
people-channel = እቲ ስምምዕ ብኸመይ ከም ዝተዋህበ
people-text-language = ቋንቋ እቲ እቲ ሰብ ዘንበቦ ጽሑፍ
people-create = ነቲ ሰብ ምምዝጋብ
people-create-anyway = ካብዚኣቶም ሓደ'ኳ ኣይኮነን: ሓድሽ ሰብ ምምዝጋብ
people-duplicates-title = እዚ ሰብ ድሮ ተመዝጊቡ ክኸውን ይኽእል እዩ
people-duplicates-body = ሓደ ሰብ እንተ ኾይኑ፣ ነቲ ሪኮርድ ክፈትዎ። ካልእ ሰብ እንተ ኾይኑ፣ ኣብ ታሕቲ ሓድሽ ሰብ መዝግቡ።

purpose-basic = መሰረታዊ ሓበሬታ ንውልቃዊ ምኽርን ኩፖናትን (ግዴታ)
purpose-profile = ፕሮፋይል ንዝሓሸ ምኽሪ (ትምህርቲ፣ ሞያ፣ ደረጃ ቋንቋ)
purpose-share-immigration = መሰረታዊ ሓበሬታ ምስ ቤት ጽሕፈት ኢሚግሬሽን ምክፋል
purpose-reminders = መዘኻኸሪታት ብኢመይል ወይ ብመልእኽቲ ተሌፎን
purpose-surveys = ሕቶታት ብዛዕባ ዕግበትን ክትትልን

consent-basic-text = ኣገልግሎት ኣቀባብላ ስምኩም፣ ዕለት ልደትኩም፣ ዜግነትኩም፣ ቋንቋታትኩም፣ ኣድራሻኹምን ሓበሬታ ርክብኩምን ይዕቅብ። ውልቃዊ ምኽሪ፣ ኣኼባታት ሓበሬታን ኩፖናት ኮርስ ቋንቋን ክንህበኩም ንጥቀመሉ። ሰራሕተኛታት እቲ ኣገልግሎት ጥራይ እዮም ዝርእይዎ። ኣብ ዝኾነ ግዜ ክትርእይዎ፣ ክተእርምዎ ወይ ክትድምስስዎ ትኽእሉ ኢኹም።
consent-profile-text = ብዛዕባ ትምህርትኹም፣ ሞያኹም፣ ብቕዓታትኩምን ደረጃ ቋንቋኹምን ክትነግሩና ትኽእሉ ኢኹም። ነዚ ዝሓሸ ምኽሪ ክንህበኩም ጥራይ ኢና እንጥቀመሉ፣ ንኣብነት ቅኑዕ ኮርስ ቋንቋ። እዚ ብወለንታ እዩ። ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም፣ ንሕና ድማ ብኡንብኡ ንድምስሶ።
consent-share-immigration-text = ስምኩም፣ ዕለት ልደትኩምን ኣብ ውልቃዊ ምኽርን ኮርሳትን ተሳቲፍኩም ዲኹም ኣይተሳተፍኩምን ምስ ቤት ጽሕፈት ኢሚግሬሽን ክንካፈል ንኽእል ኢና፣ ንኣብነት ፍቓድ መንበሪኹም ኣብ ፈተና ቋንቋ ዝምርኮስ እንተ ኾይኑ። ካልእ ዋላ ሓንቲ ኣይንካፈልን። ነዚ ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም።
consent-reminders-text = ብዛዕባ ቆጸራታትኩምን ኣኼባታትኩምን መዘኻኸሪታት ብኢመይል ወይ ብመልእኽቲ ተሌፎን ክንሰደልኩም ንኽእል ኢና። ኣብ ዝኾነ ግዜ ከተቋርጽዎም ትኽእሉ ኢኹም።
consent-surveys-text = ድሒርና ብእቲ ኣገልግሎት ክንደይ ዕጉባት ከም ዘለኹም፣ ድሕሪ ክልተ ዓመት ድማ ከመይ ከም ዘለኹም ክንሓተኩም ንኽእል ኢና። ምምላስ ብወለንታ እዩ። ነዚ ኣብ ዝኾነ ግዜ ከተቋርጽዎ ትኽእሉ ኢኹም።

channel-in-person = ብኣካል
channel-paper = ብወረቐት
channel-phone = ብተሌፎን
channel-online = ብኢንተርነት
channel-import = ካብ ቤት ጽሕፈት ኢሚግሬሽን ዝኣተወ

people-done-created = እቲ ሰብ ተመዝጊቡ።
people-done-updated = እቲ ለውጥታት ተዓቂቡ።
people-done-consent-given = እቲ ስምምዕ ተመዝጊቡ።
people-done-consent-withdrawn = እቲ ስምምዕ ተሳሒቡ፣ ኣብኡ ዝምርኮስ ዝነበረ ሓበሬታ ድማ ተደምሲሱ።
people-done-profile-saved = እቲ ፕሮፋይል ተዓቂቡ።
people-done-merged = እቶም ክልተ ሪኮርድታት ተጠርኒፎም።
people-next-steps = ዝቕጽሉ ስጉምትታት
people-next-website = ነቲ ሰብ ነቲ መርበብ ሓበሬታ ኣቀባብላ ብቋንቋ { $language } ኣርእይዎ።
people-basic-data = መሰረታዊ ሓበሬታ
people-eu-citizen = ዜጋ ሕብረት ኤውሮጳ፣ ቁጠባዊ ዞባ ኤውሮጳ (EEA) ወይ ስዊዘርላንድ
people-third-country = ዜጋ ሳልሳይ ሃገር
people-document-language = ቋንቋ ሰነዳት
people-due-next = ቀጺሉ ግዚኡ ዝበጽሕ
people-follow-up-due = ድሕሪ ክልተ ዓመት ዝግበር ናይ ክትትል ውልቃዊ ምኽሪ: ካብ { $date } ጀሚሩ።
people-follow-up-unknown = ቀዳማይ ፍቓድ መንበሪ ዝተዋህበሉ ዕለት ኣይፍለጥን፣ ስለዚ ዕለት ክትትል'ውን ኣይፍለጥን።
people-purpose = ዕላማ
people-given = ዝተዋህበሉ ዕለት
people-text-version = ሕታም ጽሑፍ
people-withdrawn-on = ብዕለት { $date } ተሳሒቡ
people-consent-live = ተዋሂቡ
people-withdraw = ምስሓብ
people-give-consent = ካልእ ስምምዕ ምምዝጋብ
people-record-consent = ስምምዕ ምምዝጋብ
people-profile = ፕሮፋይል
people-profile-intro = ግቡእ ምኽሪ ንምሃብ ዝሕግዝ፣ ብወለንታ ዝወሃብ ሓበሬታ።
people-profile-needs-consent = እቲ ሰብ ንፕሮፋይል ኣይተሰማምዐን። መጀመርታ ስምምዕ ፕሮፋይል መዝግቡ።
people-edit-profile = ፕሮፋይል ምቕያር
people-education-level = ትምህርቲ
people-language-level = ደረጃ ኣብቲ ናይ ከባቢ ቋንቋ
people-profession = ሞያ
people-qualifications = ኣፍልጦ ክወሃቦም ዘለዎም ብቕዓታት
people-qualifications-hint = ንኣብነት ካብ ወጻኢ ዝመጹ ዲፕሎማታትን ሰርቲፊኬታትን።
people-not-given = ኣይተገልጸን
education-none = ትምህርቲ ቤት ትምህርቲ የለን
education-primary = መባእታ ቤት ትምህርቲ
education-secondary = ካልኣይ ደረጃ ቤት ትምህርቲ
education-vocational = ሞያዊ ስልጠና
education-tertiary = ዩኒቨርሲቲ ወይ ኮሌጅ
level-a0 = ገና የለን
level-a1 = A1 – ጀማሪ
level-a2 = A2 – መሰረታዊ
level-b1 = B1 – ማእከላይ
level-b2 = B2 – ልዕሊ ማእከላይ
level-c1 = C1 – ምዕቡል
level-c2 = C2 – ብቑዕ
people-rights = መሰላት ሓለዋ ሓበሬታ
people-export-readable = እንሕዞ ኩሉ፣ ብቋንቋ እቲ ሰብ ከም ዝንበብ ሰነድ
people-export-json = እንሕዞ ኩሉ፣ ከም ፋይል JSON
people-history = ታሪኽ እዚ ሪኮርድ
people-edit-title = መሰረታዊ ሓበሬታ ምእራም
people-save = ምዕቃብ

people-withdraw-title = እቲ ስምምዕ ይሰሓብ ድዩ: { $purpose }?
people-withdraw-basic-body = ብዘይ እዚ ስምምዕ እቲ ኣገልግሎት ዋላ ሓንቲ ክዕቅብ ኣይፍቀዶን። ሪኮርድ እቲ ሰብ ብኡንብኡ ክድምሰስ እዩ: ስም፣ ዕለት ልደት፣ ሓበሬታ ርክብ፣ ቋንቋታት፣ ስምምዓትን ፕሮፋይልን። ስም ዘይብሎም ኣሃዛት ጥራይ እዮም ዝተርፉ። እዚ ክምለስ ኣይክእልን።
people-withdraw-profile-body = ሓበሬታ ፕሮፋይል (ትምህርቲ፣ ሞያ፣ ብቕዓታት፣ ደረጃ ቋንቋ) ብኡንብኡ ክድምሰስ እዩ።
people-withdraw-other-body = ካብ ሕጂ ንደሓር እቲ ኣገልግሎት ነዚ ንእቲ ሰብ ኣይክገብሮን እዩ።
people-withdraw-confirm = እወ፣ ነቲ ስምምዕ ስሓብዎ

people-merge-title = ዝተደገመ ሪኮርድ ምጥርናፍ
people-merge-intro = ናይ { $name } ዝተደገመ ሪኮርድ ምረጹ። ቋንቋታቱ፣ ስምምዓቱን ፕሮፋይሉን ናብዚ ሪኮርድ ይሰጋገሩ፣ ድሕሪኡ እቲ ዝተደገመ ሪኮርድ ይእለ።
people-merge-candidates = ተመሳሳሊ ስም ዘለዎም ሪኮርድታት
people-merge-other = መለለዪ (ID) ናይቲ ዝተደገመ ሪኮርድ
people-merge-other-hint = ኣብ መወዳእታ ኣድራሻ ናይቲ ዝተደገመ ሪኮርድ ዘሎ ነዊሕ መለለዪ።
people-merge-compare = ምንጽጻር
people-merge-keep = ይዕቀብ
people-merge-remove = ይእለ
people-merge-body = ክልቲኦም ሪኮርድታት ናይ ሓደ ሰብ ምዃኖም ኣረጋግጹ። እቲ ምጥርናፍ ኣብ መዝገብ ንጥፈታት ይጽሓፍ፣ ክምለስ ድማ ኣይክእልን።
people-merge-confirm = እወ፣ ነቶም ሪኮርድታት ጠርንፍዎም

people-erase-title = ሓበሬታ እዚ ሰብ ምድምሳስ
people-erase-body = ነቲ ሰብ ዘለሊ ኩሉ ብኡንብኡ ክድምሰስ እዩ: ስም፣ ዕለት ልደት፣ ሓበሬታ ርክብ፣ ቋንቋታት፣ ስምምዓትን ፕሮፋይልን። እታ ከተማ ንሕሳባታ ክትዕቅቦ ዘለዋ ይተርፍ፣ ግን ብዘይ ስም እቲ ሰብ። እዚ ክምለስ ኣይክእልን።
people-erase-confirm = እወ፣ ነቲ ሓበሬታ ደምስስዎ

export-title = ሓበሬታኹም ኣብ ኣገልግሎት ኣቀባብላ
export-intro = ኣገልግሎት ኣቀባብላ { $city } ብዛዕባኹም ዝዕቅቦ ኩሉ እዚ እዩ።
export-history = ብሓበሬታኹም እንታይ ከም ዝተገብረ
export-rights = ኣብ ዝኾነ ግዜ ሓበሬታኹም ክንእርሞ ወይ ክንድምስሶ ክትሓቱና ትኽእሉ ኢኹም። ናብ ሰበ-ስልጣን ሓለዋ ሓበሬታ'ውን ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።

consent-texts-title = ንእንታይ ትሰማምዑ
consent-texts-intro = በጃኹም ኣንብቡ። ንነፍሲ ወከፍ ነጥቢ ባዕልኹም ትውስኑ። ኣገልግሎት ኣቀባብላ { $city } ብነጻ እዩ፣ ምስቶም ግዴታ ዘይኮኑ ነጥብታት እንተ ዘይተሰማማዕኩም'ውን።
consent-texts-withdraw = ነፍሲ ወከፍ ስምምዕ ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም፣ ኣብ ቤት ጽሕፈት ኣቀባብላ፣ ብተሌፎን ወይ ብኢመይል።

import-title = ሓደሽቲ ፍቓዳት ምእታው
import-intro = ካብ ቤት ጽሕፈት ኢሚግሬሽን ዝመጸ ፋይል ናይ ሓደሽቲ ዝተዋህቡ ቀዳሞት ፍቓዳት መንበሪ ጸዓኑ። ኣብ ዝኾነ መስመር ጸገም እንተሎ፣ ዋላ ሓንቲ ኣይኣቱን፣ ኩሎም ጸገማት ድማ ይዝርዘሩ። ሓደ ፋይል ደጊምኩም እንተ ኣእቲኹምዎ፣ ዝተደገሙ ሪኮርድታት ኣይፍጠሩን።
import-columns = ዓምድታት (ቀዳማይ መስመር ናይቲ ፋይል):
import-file = ፋይል CSV
import-file-hint = UTF-8፣ ብኮማ ወይ ብሰሚኮሎን ዝተፈላለየ። ኣብ ሓደ ክፍሊ ዘለዉ ብዙሓት ቋንቋታት ወይ ስምምዓት ብሰሚኮሎን ይፈላለዩ።
import-submit = ምእታው
import-done = ሓደሽቲ ዝተመዝገቡ: { $created }። ቅድሚ ሕጂ ተመዝጊቦም ዝነበሩ: { $skipped }።
import-problems = { $count ->
    [one] እቲ ፋይል { $count } ጸገም ኣለዎ
   *[other] እቲ ፋይል { $count } ጸገማት ኣለዎ
}
import-nothing-imported = ዋላ ሓንቲ ኣይኣተወን። ነቲ ፋይል ኣርምዎ፣ ድሕሪኡ ደጊምኩም ጸዓንዎ።
import-line = መስመር
import-column = ዓምዲ
import-reason = ጸገም

records-title = ብሕታውነትን ግዜ ምዕቃብን
records-intro = መዛግብቲ ምስራሕ ውልቃዊ ሓበሬታ (GDPR ዓንቀጽ 30): እቲ ኣገልግሎት ኣየናይ ውልቃዊ ሓበሬታ ይዕቅብ፣ ስለምንታይ፣ ብኣየናይ ሕጋዊ መሰረት፣ ክሳብ መዓስን መን ይርእዮን። ካብ ካርታ ሓበሬታ ናይቲ ኣገልግሎት እዮም ዝፍጠሩ።
records-retention = ደረት ግዜ ምዕቃብ
records-expired = { $count ->
    [one] { $count } ሪኮርድ ደረት ግዜ ምዕቃብ ሓሊፉ እዩ፣ ብናይ ሎሚ ለይቲ ኣውቶማቲክ ስራሕ ድማ ክድምሰስ እዩ።
   *[other] { $count } ሪኮርድታት ደረት ግዜ ምዕቃብ ሓሊፎም እዮም፣ ብናይ ሎሚ ለይቲ ኣውቶማቲክ ስራሕ ድማ ክድምሰሱ እዮም።
}
records-retention-years = ድሕሪ ናይ መወዳእታ ርክብ ዘሎ ዓመታት
records-retention-hint = ሪኮርድታት ድሕሪ ናይ መወዳእታ ርክብ እቲ ሰብ ምስቲ ኣገልግሎት፣ ድሕሪ እዚ ቁጽሪ ዓመታት ብኣውቶማቲክ ይድምሰሱ።
records-column = ዓምዲ
records-purpose = ዕላማ
records-legal-basis = ሕጋዊ መሰረት
records-who = መን ይርእዮ

## Messages beside form fields.
error-unknown-country = ካብቲ ዝርዝር ሃገር ምረጹ
error-unknown-language = ካብቲ ዝርዝር ቋንቋ ምረጹ
error-duplicate-language = ነፍሲ ወከፍ ቋንቋ ሓንሳብ ጥራይ
error-too-many = ክሳብ { $limit } ጥራይ ምረጹ
error-invalid-date = ሓቀኛ ዕለት ኣእትዉ
error-date-in-future = እቲ ዕለት ኣብ መጻኢ ክኸውን ኣይክእልን
error-before-birth = እዚ ዕለት ቅድሚ ዕለት ልደት እዩ
error-not-latin = ኣብዚ ቦታ ላቲን ፊደላት ጥራይ ተጠቐሙ
error-consent-required = እቲ ሰብ ምስ መሰረታዊ ሓበሬታ ክሰማማዕ ኣለዎ፣ እንተ ዘይኮይኑ ዋላ ሓንቲ ክምዝገብ ኣይክእልን
error-consent-basic-required = ኣገልግሎት ኣቀባብላ መሰረታዊ ሓበሬታኻ ክሕዝ ከም እትሰማማዕ ነታ ሳጹን ምልክት ግበረላ፡ ብዘይኡ ዋላ ሓንቲ ክንምዝግብ ኣይንኽእልን።
error-consent-modules-required = ምዝገባኻ ክዕቀብ ከም እትሰማማዕ ነታ ሳጹን ምልክት ግበረላ፡ ብዘይኡ ክንምዝግበካ ኣይንኽእልን።
error-duplicate-consent = እዚ ስምምዕ ድሮ ተመዝጊቡ ኣሎ
error-consent-missing = እቲ ሰብ ኣብዚ ኣይተሰማምዐን፤ መጀመርታ ነቲ ስምምዕ መዝግቡ
error-unknown-person = በዚ መለለዪ ዝፍለጥ ሪኮርድ የለን
error-not-csv = ፋይል CSV ጸዓኑ
error-not-utf8 = ነቲ ፋይል ከም ጽሑፍ UTF-8 ዓቅብዎ፣ ድሕሪኡ ደጊምኩም ጸዓንዎ
error-invalid-csv = እዚ መስመር ከም CSV ክንበብ ኣይክእልን
error-unknown-column = እዚ ዓምዲ ኣይፍለጥን
error-missing-column = እዚ ዓምዲ ይጎድል
error-too-many-rows = እቲ ፋይል ኣዝዩ ብዙሕ መስመራት ኣለዎ፤ ከፋፍልዎ
error-wrong-number-of-fields = እዚ መስመር ካብቲ ቀዳማይ መስመር ዝተፈልየ ቁጽሪ ፊልድታት ኣለዎ
error-duplicate-in-file = እዚ መለለዪ ፍቓድ ኣብቲ ፋይል ክልተ ግዜ ይርከብ
error-empty-file = እቲ ፋይል ዋላ ሓደ መስመር የብሉን

# Issue 5: the consent purpose of registering for modules.
purpose-modules = ምዝገባ ናብ ኣኼባታት ሓበሬታ
consent-modules-text = ናብ ናይ ጉጅለ ኣኼባ ሓበሬታ ንምምዝጋብኩም፣ ኣገልግሎት ምቕባል ስምኩም፣ ዕለት ልደትኩም፣ ሓበሬታ ርክብኩምን ንክንክን ቆልዑ ብዝሒን ዕድመን ደቅኹምን ይሕዝ። ቦታኹም ወይ ተራኹም ኣብ ዝርዝር ተጸበይቲ ንምሓዝ፣ ለውጢ ንምሕባርኩምን ምህላውኩም ኣብ ፓስፖርት ምቕባል ንምቑጻርን ንጥቀመሉ። ሓበሬታ ርክብ ናይ ምዝገባ ድሕሪ ኣኼባ 90 መዓልቲ ይድምሰስ። ነዚ ፍቓድ ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም፣ ሽዑ ምዝገባታትኩም ይስረዙ።
