## Shared by every page: layout, dates, errors.

site-name = ኣገልግሎት ኣቀባብላ
site-tagline = ንሓደሽቲ ነበርቲ { $city } ሓገዝ፣ ብቋንቋኹም
skip-to-content = ናብ ቀንዲ ትሕዝቶ ኪዱ
language-switcher-label = ቋንቋኹም ምረጹ
main-navigation = ቀንዲ ዝርዝር
breadcrumbs-label = ኣብዚ ኣለኹም
footer-help-title = ብኣካል ዝወሃብ ሓገዝ
footer-desk = ቤት ጽሕፈት ኣቀባብላ: { $address }
footer-hotline = ደውሉልና: { $phone }
footer-email = ኢመይል: { $email }
footer-opening-hours = ሰዓታት ስራሕ
footer-accessibility = መግለጺ ተበጻሕነት
footer-privacy = ብሕታውነት
footer-staff-login = ምእታው ሰራሕተኛታት
closed = ዕጹው
hours-range = { $from }–{ $to }

## Dates. date-long takes the day, the month's name and the year.
date-long = { $day } { $month } { $year }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
weekday-1 = ሰኑይ
weekday-2 = ሰሉስ
weekday-3 = ረቡዕ
weekday-4 = ሓሙስ
weekday-5 = ዓርቢ
weekday-6 = ቀዳም
weekday-7 = ሰንበት

## Error pages.
error-title-prefix = ጌጋ: { $title }
error-summary-title = ጸገም ኣሎ
error-page-not-found-title = እቲ ገጽ ኣይተረኽበን
error-page-not-found-body = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። ነቲ ኣድራሻ ኣረጋግጹ፣ ወይ ናብቲ መበገሲ ገጽ ኪዱ።
error-page-forbidden-title = ነዚ ገጽ ክትከፍትዎ ኣይትኽእሉን
error-page-forbidden-body = ኣካውንትኩም ናብዚ ገጽ ክትኣትዉ ኣየፍቅደልኩምን። እዚ ገጽ እንተ ደሊኹምዎ፣ ንኣወሃሃዲኹም ሕተቱ።
error-page-bad-request-title = ኣብቲ ዝተላእከ ሕቶ ጌጋ ነይሩ
error-page-bad-request-body = እቲ ገጽ ነቲ ዝተላእከ ክጥቀመሉ ኣይከኣለን። ንድሕሪት ተመለሱ እሞ እንደገና ፈትኑ።
error-page-csrf-title = ግዜ እዚ ቅጥዒ ሓሊፉ እዩ
error-page-csrf-body = ንድሕነትኩም ክበሃል እቲ ቅጥዒ ኣይተላእከን። ንድሕሪት ተመለሱ፣ ነቲ ገጽ ኣሐድስዎ፣ ድሕሪኡ ነቲ ቅጥዒ እንደገና ልኣኽዎ።
error-page-too-many-title = ኣዝዩ ብዙሕ ፈተነታት
error-page-too-many-body = በጃኹም ቁሩብ ደቓይቕ ተጸበዩ። ድሕሪኡ እንደገና ፈትኑ።
error-page-server-title = ይቕሬታ፣ ኣብቲ ኣገልግሎት ጸገም ኣሎ
error-page-server-body = በጃኹም ድሒርኩም እንደገና ፈትኑ። ሕጂ ሓገዝ እንተ ደሊኹም፣ ደውሉልና ወይ ናብ ቤት ጽሕፈት ኣቀባብላ ምጹ።
error-page-conflict-title = ካልእ ሰብ ብተመሳሳሊ ግዜ ቀይሩዎ
error-page-conflict-body = ካልእ ሰብ ነዚ ሕጂ ቀይሩዎ። ንድሕሪት ተመለሱ፣ ነቲ ገጽ ኣሐድስዎ፣ ድሕሪኡ እንደገና ፈትኑ።
error-page-too-large-title = እቲ ፋይል ወይ ቅጥዒ ኣዝዩ ዓቢ እዩ
error-page-too-large-body = ዝነኣሰ ፋይል ወይ ዝወሓደ ጽሑፍ ልኣኹ።
error-back-home = ናብ መበገሲ ገጽ ኪዱ
error-reference = መወከሲ ቁጽሪ: { $reference }

## Messages beside form fields. $limit is a number.
error-required = ነዚ ሓበሬታ ኣእትዉ
error-too-long = ክሳብ { $limit } ፊደላት ጥራይ ተጠቐሙ
error-too-short = እንተ ወሓደ { $limit } ፊደላት ተጠቐሙ
error-too-small = { $limit } ወይ ካብኡ ዝዓቢ ቁጽሪ ኣእትዉ
error-too-large = { $limit } ወይ ካብኡ ዝንእስ ቁጽሪ ኣእትዉ
error-not-a-number = ምሉእ ቁጽሪ ኣእትዉ፣ ንኣብነት 12
error-control-characters = ኣብዚ ዘይፍቀዱ ፍሉያት ምልክታት ኣልግሱ
error-invalid-email = ከም name@example.org ዝኣመሰለ ኣድራሻ ኢመይል ኣእትዉ
error-invalid-choice = ካብቶም ምርጫታት ሓደ ምረጹ
error-invalid-phone = ቁጽሪ ተሌፎን ብዓለምለኻዊ ቅርጺ ኣእትዉ፤ ብ + ጀሚርኩም ኮድ ሃገር ወስኹ
error-invalid-hours = ሰዓታት ስራሕ ብኸምዚ ኣእትዉ: 08:00-12:00, 13:00-17:00
error-overlapping-hours = ኣብ ሓደ መዓልቲ ዘለዉ ሰዓታት ስራሕ ክደራረቡ የብሎምን
error-invalid-timezone = ከም Europe/Stockholm ዝኣመሰለ ዞባ ሰዓት ኣእትዉ
error-invalid-language = ቋንቋ ምረጹ
error-password-too-common = እዚ መሕለፊ ቃል ብቐሊሉ ክግመት ይኽእል እዩ፤ ዝነውሐ ወይ ዘይልሙድ መሕለፊ ቃል ምረጹ
error-passwords-differ = እቶም ክልተ ሓደሽቲ መሕለፊ ቃላት ሓደ ኣይኮኑን
error-wrong-password = እቲ ሕጂ ዘሎ መሕለፊ ቃል ቅኑዕ ኣይኮነን
error-required-for-provider-role = ኣካውንታት ወሃብቲ ኮርስ ስም ትካሎም ክጽሕፉ ኣለዎም
error-only-for-provider-role = ኣብ ትካል ዝጽንበሩ ኣካውንታት ወሃብቲ ኮርስ ጥራይ እዮም
error-unknown-provider = ብዚ ስም ዝፍለጥ ወሃቢ ኮርስ የለን
error-email-taken = ብዚ ኣድራሻ ኢመይል ዝተመዝገበ ኣካውንት ድሮ ኣሎ
