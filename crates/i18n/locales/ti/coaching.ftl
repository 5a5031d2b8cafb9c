## Individual coaching (staff pages).

staff-nav-follow-ups = ግዚኡ ዝበጽሐ ክትትል
staff-nav-coverage = ቋንቋታት ብቦታ

coaching-appointments = ቆጸራታት ውልቃዊ ምኽሪ
coaching-none-yet = ክሳብ ሕጂ ዝተታሕዘ ውልቃዊ ምኽሪ የለን።
coaching-book-title = ቆጸራ ውልቃዊ ምኽሪ ምሓዝ
coaching-choose = እንታይ ዓይነት፣ ኣበይ
coaching-kind = ዓይነት ውልቃዊ ምኽሪ
coaching-place = ቦታ
coaching-any-place = ዝኾነ ቦታ
coaching-show-slots = ነጻ ግዜታት ምርኣይ
coaching-slots = ነጻ ግዜታት፣ እቲ ዝቐደመ መጀመርታ
coaching-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቒቕ
}
coaching-interpreter = ምስ ተርጓሚ ብተሌፎን
coaching-book = ነዚ ግዜ ምሓዝ
coaching-no-slots = ኣብ ዝመጽእ 60 መዓልቲ ነጻ ግዜ የለን። ካልእ ቦታ ወይ ካልእ ዓይነት ፈትኑ፣ ወይ ንኣወሃሃዲ ሕተቱ።
coaching-cancel-title = ነቲ ቆጸራ ምስራዝ
coaching-cancel-body = እቲ ግዜ ብኡንብኡ ንኻልኦት ነጻ ይኸውን። ነቲ ሰብ ብቋንቋኡ ሓብርዎ።
coaching-cancel-confirm = እወ፣ ነቲ ቆጸራ ሰርዝዎ
coaching-outcome-title = ውልቃዊ ምኽሪ ምምዝጋብ
coaching-outcome-status = እቲ ውልቃዊ ምኽሪ ተኻይዱ ድዩ?
coaching-topics = ዝተዘተየሎም ኣርእስትታት
coaching-topics-hint = ንኣብነት መንበሪ ገዛ፣ ስራሕ፣ ጥዕና፣ ፍቓድ መንበሪ፣ ኣብያተ ትምህርቲ።
coaching-handed-out = እንታይ ከም ዝተዋህበ
coaching-handed-out-hint = ናይ ኣቀባብላ መምርሒ ጽሑፍን ቋንቋኡን፣ ፓስፖርት ኣቀባብላ፣ ሓበሬታ ብዛዕባ ኣኼባታት ሓበሬታን ኩፖናትን።
coaching-referrals = ሪፈራል
coaching-referrals-hint = እቲ ሰብ ናበይ ከም ዝተላእከ፣ ንኣብነት ናብ ቤት ጽሕፈት ወይ ናብ ኣገልግሎት ምኽሪ።
coaching-notes = ብሕታዊ መዘኻኸሪታት
coaching-notes-hint = ነዞም መዘኻኸሪታት ኣማኸርቲ ጥራይ እዮም ዝርእይዎም። ዘድሊ ጥራይ ጽሓፉ።
coaching-childcare = ንዝቕጽል ቆጸራ ክንካን ቆልዑ የድሊ

kind-start = ናይ መጀመርታ ውልቃዊ ምኽሪ
kind-follow-up = ድሕሪ ክልተ ዓመት ዝግበር ናይ ክትትል ውልቃዊ ምኽሪ
kind-individual-module = ውልቃዊ ኣኼባ ሓበሬታ
kind-desk-follow-up = ክትትል ኣብ ቤት ጽሕፈት ኣቀባብላ

status-booked = ተታሒዙ
status-held = ተኻይዱ
status-no-show = ኣይመጸን
status-cancelled = ተሰሪዙ

people-done-booked = እቲ ውልቃዊ ምኽሪ ተታሒዙ። መወከሲ ቁጽሪ: { $reference }
people-done-cancelled = እቲ ቆጸራ ተሰሪዙ።
people-done-outcome = እቲ ውልቃዊ ምኽሪ ተመዝጊቡ።

follow-ups-title = ግዚኡ ዝበጽሐ ናይ ክትትል ውልቃዊ ምኽሪ
follow-ups-intro = ኣብ ውሽጢ { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልቲ
    } ክልተ ዓመት መንበሪ ዝመልኡ ወይ ድሮ ዝመልኡ፣ ናይ ክትትል ውልቃዊ ምኽሪ ዘይተታሕዘሎም ሰባት።
follow-ups-due = ግዚኡ ዝበጽሓሉ ዕለት
follow-ups-invite = ምዕዳም
follow-ups-email-possible = ኢመይል ክስደድ ይከኣል
follow-ups-none = ኣብዚ ግዜ እዚ ግዚኡ ዝበጽሖ ሰብ የለን።

coverage-title = ቋንቋታት ብቦታን ብመዓልትን
coverage-intro = ኣማኸርቲ ኣብ ነፍሲ ወከፍ ቦታ፣ ኣብ ነፍሲ ወከፍ መዓልቲ ሰሙን፣ ኣየኖት ቋንቋታት ከም ዝዛረቡ። ንኻልኦት ቋንቋታት ምስ ተርጓሚ ብተሌፎን ቆጸራ ይተሓዝ።
coverage-day = መዓልቲ
coverage-hours = ሰዓታት
coverage-none = ክሳብ ሕጂ ዝተመዝገበ ሰዓታት ስራሕ የለን።

error-slot-taken = እዚ ግዜ ሕጂ ሕጂ ተታሒዙ። ካልእ ግዜ ምረጹ።

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = ክንካን ቆልዑ
coaching-childcare-legend = ኣብ እዋን ቆጸራ ክንካን ዘድልዮም ቆልዑ
coaching-children-care = ክንካን ቆልዑ: { $count } (ዕድመ { $ages })
childcare-title = ክንካን ቆልዑ ኣብ ምኽሪ
childcare-intro = ሰብ ኣብ ግዜ ምሕጻይ ቆልዑ ክንካን ከም ዘድልዮም ዝሓበረሉ ቆጸራታት፡ ብመዓልትን ቦታን። ክንካን ብዚ ዝርዝር ኣዳልዉ፤ እቲ መወከሲ ነቲ ቆጸራ የለልዮ።
childcare-period = ግዜ
childcare-from = ካብ
childcare-from-hint = ንኣብነት 2026-12-24
childcare-days = ብዝሒ መዓልታት
childcare-show = ኣርኢ
childcare-day-summary = ኩሎም ቆልዑ: { $children }። ብዝለዓለ ብሓንሳብ: { $most }።
childcare-col-time = ሰዓት
childcare-col-children = ቆልዑ
childcare-col-ages = ዕድመ
childcare-col-reference = መወከሲ
childcare-none = ኣብዚ ግዜ ክንካን ቆልዑ ኣየድልን።
