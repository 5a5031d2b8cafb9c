## Newcomers book a coaching on the website. Plain words, short sentences, "you".

book-title = ንውልቃዊ ዘተ ቆጸራ ሓዙ
book-intro = ሓደ ኣማኻሪ ብቋንቋኹም የዘራርበኩም። እቲ ዘተ ብነጻ እዩ። ቆጸራ ንምሓዝ ዝኾነ ወረቐት ኣየድልየኩምን።
book-what = እንታይ የድልየኩም?
book-kind-start-hint = ኣብዛ ከተማ ሓደሽቲ ኢኹም። ኣብዚ ነገራት ብኸመይ ከም ዝሰርሑ ንገልጸልኩም።
book-kind-follow-up-hint = ኣብዚ ዳርጋ ክልተ ዓመት ነቢርኩም። ሓደሽቲ ሕቶታት ኣለዉኹም።
book-kind-individual-module-hint = ሓገዝ ብዛዕባ ሓደ ኣርእስቲ፣ ንኣብነት ንዲፕሎማኹም ኣፍልጦ ንምርካብ።
book-language = ቋንቋኹም
book-language-hint = ነዚ ቋንቋ ዝዛረብ ኣማኻሪ ንደሊ። ዝዛረቦ እንተ ዘይተረኽበ፣ ተርጓሚ ብተሌፎን ይሕግዘኩም።
book-continue = ቀጽሉ
book-back = ተመለሱ
book-times-title = ግዜ ምረጹ
book-times-choose = ነጻ ግዜታት
book-with-interpreter = ምስ ተርጓሚ ብተሌፎን
book-no-times = ኣብዚ እዋን ነጻ ግዜ የለን። በጃኹም ደውሉልና። ብሓባር ግዜ ክንረክብ ኢና።
book-details-title = ሓበሬታኹም
book-your-time = ዝመረጽኩምዎ ግዜ: { $when }
book-choose-other = ካልእ ግዜ ምረጹ
book-name = ስምኩም
book-name-hint = ከምቲ ኣብ ሰነድ መንነትኩም ዘሎ፣ ብዝኾነ ፊደል።
book-birth-hint = ዓመት ጥራይ እንተ ትፈልጡ፣ ዓመት ጥራይ ጽሓፉ።
book-phone-hint = ምሳኹም ክንራኸብ ምእንቲ። ምስ ኮድ ሃገር፣ ንኣብነት +46 70 123 45 67።
book-email-hint = ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ጽሓፉ፣ ወይ ክልቲኡ።
book-consent = ስምምዕኩም
book-consent-basic = እሰማማዕ እየ (ቆጸራ ንምሓዝ የድሊ)
book-consent-reminders = በጃኹም ነቲ ቆጸራ ኣዘኻኽሩኒ (ግዴታ ኣይኮነን)
book-check-title = መልስታትኩም ኣረጋግጹ
book-when = መዓስ
book-confirm = ቆጸራ ሓዙ
book-change = መልስታተይ ምቕያር
book-appointment-title = ቆጸራኹም
book-booked-title = ቆጸራ ዘተኹም ተታሒዙ
book-reference = መወከሲ ቁጽርኹም: { $reference }
book-reference-label = መወከሲ ቁጽሪ
book-cancelled = እዚ ቆጸራ ተሰሪዙ።
book-next-title = ቀጺሉ እንታይ ይኸውን
book-next-body = ብግዚኡ ናብቲ ቦታ ምጹ። ሰነድ መንነት ወይ ፍቓድ መንበሪ እንተ ሃልዩኩም፣ ሒዝኩምዎ ምጹ። ተርጓሚ እንተ ኣድልዩኩም፣ ንሕና ተርጓሚ ንጽውዕ።
book-keep-link = ነዚ ገጽ ወይ ኣድራሻኡ ሓልውዎ። ብእኡ ቆጸራኹም ክትርእዩ ወይ ክትሰርዙ ትኽእሉ።
book-cancel = ነቲ ቆጸራ ሰርዝዎ
book-move = ግዜ ክትቕይሩ ትኽእሉ ኢኹም፦

error-phone-or-email = ምሳኹም ክንራኸብ ምእንቲ፣ ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ጽሓፉ
book-move-link = ካልእ ግዜ ምረጹ
book-move-title = ሓድሽ ግዜ ምረጹ
book-move-intro = ሕጂ ዘሎ ቆጸራኹም፦ { $when }። ሓድሽ ግዜ ክሳዕ ትመርጹ ተታሒዙ ይጸንሕ።
book-move-confirm = ቆጸራይ ናብዚ ግዜ ኣግዕዝ
book-moved = ቆጸራኹም ተቐዪሩ ኣሎ። እዚ ሓድሽ ግዜ እዩ።

## Childcare during the appointment (issue 4).
book-childcare-legend = ኣብ እዋን ቆጸራ ክንካን ቆልዑ የድልየኩም ድዩ?
book-childcare = ክንካን ቆልዑ
book-childcare-none = ኣየድልን
