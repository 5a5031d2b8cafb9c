## The public website, for newcomers. Plain words, short sentences, "you".

public-start-title = እንቋዕ ናብ { $city } ብደሓን መጻእኩም
public-start-lead = ኣብ { $city } ሓደሽቲ ዲኹም? ብነጻን ብቋንቋኹምን ንሕግዘኩም።
public-services-title = ብኸመይ ንሕግዘኩም
public-coaching-title = ብቋንቋኹም ውልቃዊ ዘተ
public-coaching-body = ሓደ ኣማኻሪ ብቋንቋኹም የዘራርበኩም። ኣብዛ ከተማ ነገራት ብኸመይ ከም ዝሰርሑ ትፈልጡ: መንበሪ ገዛ፣ ስራሕ፣ ቤት ትምህርቲ፣ ጥዕናን ወረቓቕትኹምን። ናይ ኣቀባብላ መምርሒ ጽሑፍን ፓስፖርት ኣቀባብላኹምን ትወስዱ።
public-modules-title = ብጉጅለ ዝካየዱ ኣኼባታት ሓበሬታ
public-modules-body = ነፍሲ ወከፍ ኣኼባ ክልተ ሰዓት ይወስድ፣ ብዛዕባ ሓደ ኣርእስቲ ድማ እዩ። ኣኼባታት ብብዙሓት ቋንቋታት ይካየዱ። ገሊኦም ብቀዳም እዮም። ኣብ እዋን ኣኼባ ንቖልዑኹም ክንከናኸኖም ንኽእል።
public-desk-title = ቤት ጽሕፈት ኣቀባብላን ተሌፎን ሓገዝን
public-desk-body = ብዘይ ቆጸራ ናብቲ ቤት ጽሕፈት ምጹ፣ ወይ ደውሉልና። ንሕቶታትኩም ንምልሰልኩም። ነቲ ቅኑዕ ቤት ጽሕፈት ክትረኽቡ ድማ ንሕግዘኩም።
public-vouchers-title = ፓስፖርት ኣቀባብላኹምን ኩፖን ኮርስ ቋንቋን
public-vouchers-body = ነፍሲ ወከፍ ዝተሳተፍኩምሉ ኣኼባ ኣብ ፓስፖርት ኣቀባብላኹም ይጽሓፍ። ድሕሪ ቀዳማይ ኣኼባኹም ኩፖን ትወስዱ። እዚ ኩፖን ክፍሊት ኮርስ ቋንቋ ይሽፍን። እቲ ኩፖን ንዓኹም ጥራይ እዩ።
public-where-title = ኣበይ ክትረኽቡና ትኽእሉ
public-desk-address = ቤት ጽሕፈት ኣቀባብላ ኣብዚ ይርከብ: { $address }
public-call-us = ደውሉልና
public-write-us = ጽሓፉልና
public-open-now = እቲ ቤት ጽሕፈት ሕጂ ክፉት እዩ።
public-closed-now = እቲ ቤት ጽሕፈት ሕጂ ዕጹው እዩ።
public-opening-hours-title = ሰዓታት ስራሕ ቤት ጽሕፈት
public-no-appointment = ቆጸራ ኣየድልየኩምን።
public-free = ሓገዝና ብነጻ እዩ።

## Accessibility statement (EU Web Accessibility Directive 2016/2102).
a11y-title = መግለጺ ተበጻሕነት
a11y-intro = ከተማ { $city } ኩሉ ሰብ ነዚ መርበብ ሓበሬታ ክጥቀመሉ ክኽእል ትደሊ። እዚ መግለጺ እዚ መርበብ ሓበሬታ ክሳብ ክንደይ ተበጻሒ ምዃኑ ይገልጽ።
a11y-status-title = እዚ መርበብ ሓበሬታ ክሳብ ክንደይ ተበጻሒ እዩ
a11y-status-body = እዚ መርበብ ሓበሬታ ንመምርሒታት ተበጻሕነት ትሕዝቶ መርበብ (WCAG) 2.1 ኣብ ደረጃ AA ከማልእ ይጽዕር። ብዘይ JavaScript፣ ኣብ ንኣሽቱ ስክሪናት፣ ብኪቦርድን ብኣንበብቲ ስክሪንን (screen reader) ይሰርሕ። እዚ ኣብ ኩሎም እንህቦም ቋንቋታት ይሰርሕ፣ እቶም ካብ የማን ናብ ጸጋም ዝጽሓፉ ቋንቋታት ሓዊስካ።
a11y-known-issues-title = ገና ተበጻሒ ዘይኮነ
a11y-known-issues-body = ገለ ትርጉማት ገና ብሰብ ቋንቋ ኣደኦም ኣይተመርመሩን። ሰነዳት PDF ገና ንኣንበብቲ ስክሪን ምሉእ ብምሉእ ዘይተዳለዉ ክኾኑ ይኽእሉ። ጸገም እንተ ረኺብኩም፣ በጃኹም ንገሩና።
a11y-feedback-title = ብዛዕባ ጸገም ንገሩና
a11y-feedback-body = ገለ ክፋል ናይዚ መርበብ ሓበሬታ ክትጥቀሙ እንተ ዘይከኣልኩም፣ ደውሉልና ወይ ጽሓፉልና። ኣብ ውሽጢ 14 መዓልቲ ክንምልሰልኩም ኢና።
a11y-enforcement-title = ብመልስና እንተ ዘይዓጊብኩም
a11y-enforcement-body = ነቲ ተበጻሕነት መርበባት ሓበሬታ ህዝባዊ ትካላት ዝቆጻጸር ሃገራዊ ኣካል ክትውከሱ ትኽእሉ።
a11y-prepared = እዚ መግለጺ ብዕለት { $date } ተዳልዩ።

## Privacy.
privacy-title = ብሕታውነት
privacy-intro = ክንሕግዘኩም ዘድልየና ሓበሬታ ጥራይ ኢና ንሕዝ። ንሱ'ውን ምስ እትሰማምዑ ጥራይ።
privacy-body = ብዛዕባኹም እንሕዞ ኩሉ ሓበሬታ ክትርእዩ፣ ክእረም ወይ ክድምሰስ ክትሓቱ ትኽእሉ። ኣብቲ ቤት ጽሕፈት ሕተቱ ወይ ጽሓፉልና።
privacy-cookies = እዚ መርበብ ሓበሬታ ዘድልዮ ኩኪስ (cookies) ጥራይ እዩ ዝጥቀም: ቅጥዕታት ውሑሳት ንምግባርን ሰራሕተኛታት ኣትዮም ክጸንሑን። ንእትገብርዎ ኣይከታተልን።
