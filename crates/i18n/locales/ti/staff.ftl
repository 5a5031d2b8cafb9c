## The staff back office.

staff-title = ክፍሊ ምምሕዳር
staff-nav-home = ሓፈሻዊ ትርኢት
staff-nav-users = ኣካውንታት ሰራሕተኛታት
staff-nav-audit = መዝገብ ንጥፈታት
staff-nav-settings = ኣቀማምጣ ከተማ
staff-nav-account = ኣካውንተይ
staff-logout = ምውጻእ
staff-signed-in-as = ከም { $name } ({ $role }) ኣቲኹም ኣለኹም
staff-language-label = ቋንቋ ክፍሊ ምምሕዳር
staff-language-change = ቋንቋ ምቕያር

role-coordinator = ኣወሃሃዲ
role-counsellor = ኣማኻሪ
role-trainer = ኣሰልጣኒ
role-desk = ሰራሕተኛ ቤት ጽሕፈት ኣቀባብላ
role-provider = ወሃቢ ኮርስ
role-clerk = ሰራሕተኛ ቤት ጽሕፈት ኢሚግሬሽን
role-desk_lead = ሓላፊ ቤት ጽሕፈት ኣቀባብላ
role-partner_agent = ሰራሕተኛ ማእከል ጻውዒት መሻርኽቲ

## Login.
login-title = ምእታው ሰራሕተኛታት
login-email = ኣድራሻ ኢመይል
login-password = መሕለፊ ቃል
login-submit = ምእታው
login-failed = እቲ ኣድራሻ ኢመይል ወይ መሕለፊ ቃል ቅኑዕ ኣይኮነን።
login-locked = ብዙሕ ግዜ ጌጋ መሕለፊ ቃል ስለ ዝኣተወ፣ እዚ ኣካውንት ንእዋን { $minutes } ደቒቕ ተዓጽዩ ኣሎ።
login-throttled = ካብዚ ኮምፒተር ኣዝዩ ብዙሕ ፈተነታት ምእታው ተገይሩ። ቁሩብ ደቓይቕ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
login-logged-out = ወጺኹም ኣለኹም።
login-expired = ግዜ ምእታውኩም ወዲኡ። እንደገና እተዉ።

## Overview.
staff-home-title = ሓፈሻዊ ትርኢት
staff-home-welcome = እንቋዕ ብደሓን መጻእኩም፣ { $name }።
staff-home-role = ተራኹም: { $role }
staff-home-city = { $city }: { $inhabitants } ነበርቲ፣ ኣብ ዓመት ኣስታት { $newcomers } ሓደሽቲ መጻእቲ።

## Staff accounts.
users-title = ኣካውንታት ሰራሕተኛታት
users-create-title = ናይ ሰራሕተኛ ኣካውንት ምፍጣር
users-name = ምሉእ ስም
users-email = ኣድራሻ ኢመይል
users-email-hint = እቲ ሰብ በዚ ኣድራሻ እዩ ዝኣቱ።
users-role = ተራ
users-provider = ትካል ወሃቢ ኮርስ
users-provider-hint = ንኣካውንታት ወሃብቲ ኮርስ ጥራይ: ስም እቲ ትካል።
users-password = ቀዳማይ መሕለፊ ቃል
users-password-hint = እንተ ወሓደ 12 ፊደላት። ነቲ ሰብ ብውሑስ መንገዲ ሃብዎ፤ ድሕሪ ምእታው ክቕይሮ ይኽእል እዩ።
users-ui-language = ቋንቋ ክፍሊ ምምሕዳር
users-create-submit = ኣካውንት ምፍጣር
users-created = ኣካውንት { $name } ተፈጢሩ።
users-col-name = ስም
users-col-email = ኢመይል
users-col-role = ተራ
users-col-status = ኩነታት
users-col-actions = ስጉምትታት
users-status-active = ንጡፍ
users-status-disabled = ዘይንጡፍ
users-status-locked = ዕጹው
users-disable = ዘይንጡፍ ምግባር
users-enable = ንጡፍ ምግባር
users-disable-confirm-title = ኣካውንት { $name } ዘይንጡፍ ይገበር ድዩ?
users-disable-confirm-body = { $name } ብኡንብኡ ካብ ሲስተም ክወጽእ እዩ፣ ደጊሙ'ውን ክኣቱ ኣይክእልን። ናይዚ ኣካውንት API ቶከናት ስራሕ የቋርጹ። ነቲ ኣካውንት ድሒርኩም ደጊምኩም ንጡፍ ክትገብርዎ ትኽእሉ። እዚ ኣብ መዝገብ ንጥፈታት ይጽሓፍ።
users-disable-confirm-submit = እወ፣ ነቲ ኣካውንት ዘይንጡፍ ግበርዎ
users-cancel = ምስራዝ
users-disabled-done = ኣካውንት { $name } ዘይንጡፍ ተገይሩ።
users-enabled-done = ኣካውንት { $name } ንጡፍ ተገይሩ።
users-count = { $count ->
    [one] { $count } ኣካውንት
   *[other] { $count } ኣካውንታት
}

## Audit log.
audit-title = መዝገብ ንጥፈታት
audit-intro = መን፣ ኣብ የኖ ሪኮርድ፣ እንታይ፣ መዓስ ከም ዝገበረ። ምዝገባታት ክቕየሩ ወይ ክድምሰሱ ኣይክእሉን።
audit-filter-title = ፊልተር
audit-filter-action = ስጉምቲ
audit-filter-entity = ዓይነት ሪኮርድ
audit-filter-entity-id = መለለዪ ሪኮርድ (ID)
audit-filter-actor = ኢመይል ሰራሕተኛ
audit-filter-submit = ፊልተር ምትግባር
audit-filter-clear = ፊልተር ምስራዝ
audit-col-time = ግዜ (UTC)
audit-col-actor = መን
audit-col-action = ስጉምቲ
audit-col-entity = ሪኮርድ
audit-col-detail = ዝርዝር
audit-actor-system = ሲስተም ወይ ህዝባዊ መርበብ ሓበሬታ
audit-empty = ምስዚ ፊልተር ዝሰማማዕ ምዝገባ የለን።
audit-older = ዝቐደሙ ምዝገባታት

## City settings.
settings-title = ኣቀማምጣ ከተማ
settings-intro = እዚ ሓበሬታ ኣብቲ ህዝባዊ መርበብ ሓበሬታ፣ ኣብ ሰነዳትን ኣብቲ መወጠኒ ቆጸራታትን ይርአ።
settings-city-name = ስም ከተማ
settings-inhabitants = ብዝሒ ነበርቲ
settings-newcomers = ሓደሽቲ መጻእቲ ኣብ ዓመት (ብግምት)
settings-desk-address = ኣድራሻ ቤት ጽሕፈት ኣቀባብላ
settings-desk-hours = ሰዓታት ስራሕ ቤት ጽሕፈት
settings-desk-hours-hint = ንነፍሲ ወከፍ መዓልቲ ሰዓታት ከም 08:00-12:00, 13:00-17:00 ኣእትዉ። ቤት ጽሕፈት ዕጹው ኣብ ዝኸውነሉ መዓልቲ ባዶ ግደፍዎ።
settings-hotline = ቁጽሪ ተሌፎን ሓገዝ
settings-hotline-hint = ብዓለምለኻዊ ቅርጺ፣ ንኣብነት +46 8 123 456 00።
settings-email = ኣድራሻ ኢመይል ናይቲ ኣገልግሎት
settings-timezone = ዞባ ሰዓት
settings-timezone-hint = ንኣብነት Europe/Stockholm።
settings-source-language = እቲ ትሕዝቶ መጀመርታ ዝጽሓፈሉ ቋንቋ
settings-submit = ኣቀማምጣ ምዕቃብ
settings-saved = እቲ ኣቀማምጣ ተዓቂቡ።

## My account.
account-title = ኣካውንተይ
account-password-title = መሕለፊ ቃልኩም ቀይሩ
account-current-password = ሕጂ ዘሎ መሕለፊ ቃል
account-new-password = ሓድሽ መሕለፊ ቃል
account-new-password-hint = እንተ ወሓደ 12 ፊደላት። ብዙሓት ቃላት ብሓባር ንምዝካር ቀሊል፣ ንምግማት ግን ከቢድ እዩ።
account-confirm-password = ሓድሽ መሕለፊ ቃል ደጊምኩም
account-password-submit = መሕለፊ ቃል ምቕያር
account-password-changed = መሕለፊ ቃልኩም ተቐይሩ። ካብ ካልኦት ዝኣተኹምሎም ቦታታት ወጺኹም ኣለኹም።
settings-stale-after-days = ኮርሳት ድሕሪ እዚ ካብ ህዝባዊ ዝርዝር ይወጹ (መዓልትታት ብዘይ ምሕዳስ)
settings-stale-after-days-hint = ሃቢ ነፍሲ ወከፍ ኮርስ ኣብዚ ቁጽሪ መዓልትታት ከረጋግጽ ኣለዎ፣ እንተዘይኮይኑ ይሕባእን እቲ ሃቢ ከም ዝኣረገ ይዝርዘርን። ምሉእ መዓልትታት፣ 1 ክሳብ 3650።
