## Invitations to the follow-up coaching after two years (e-mail and printed letter to
## the newcomer, in their language), and the staff page that sends them.

invite-subject = ዕድመ: ብዛዕባ ኣብ { $city } ዘሕለፍኩምዎ ቀዳሞት ክልተ ዓመት ብነጻ ዝግበር ዘተ
invite-hello = ሰላም { $name }፣
invite-body = ኣብ { $city } ዳርጋ ክልተ ዓመት ነቢርኩም። ብዙሓት ሕቶታት ድሕሪ ሓደ እዋን ጥራይ እዮም ዝመጹ: ብዛዕባ ስራሕ፣ ቤት ትምህርቲ፣ መንበሪ ገዛ ወይ ፍቓድ መንበሪኹም። ብቋንቋኹም ብነጻ ውልቃዊ ዘተ ንምግባር ንዕድመኩም።
invite-book = ኣብዚ ቆጸራ ሓዙ: { $url }
invite-call = ወይ ደውሉልና: { $phone }
invite-desk = ወይ ብዘይ ቆጸራ ናብ ቤት ጽሕፈት ኣቀባብላ ምጹ: { $address }

follow-ups-invite-all = ኩሎም ኣብቲ ዝርዝር ዘለዉ ምዕዳም
follow-ups-invite-one = ምዕዳም
follow-ups-invited = ዕድመ ተላኢኹ: { $date } ({ $channel })
channel-email = ኢመይል
channel-letter = ደብዳቤ
follow-ups-invited-email = { $count ->
    [one] { $count } ሰብ ብኢመይል ተዓዲሙ።
   *[other] { $count } ሰባት ብኢመይል ተዓዲሞም።
}
follow-ups-letters-title = ንምሕታም ዝተዳለዋ ደብዳቤታት ዕድመ
follow-ups-letters-intro = እዞም ሰባት ኣድራሻ ኢመይል የብሎምን፣ ወይ መልእኽቲ ንምቕባል ኣይተሰማምዑን። ነቶም ደብዳቤታት ሕተሙ፣ ብፖስታ ድማ ስደዱ።
follow-ups-print = ደብዳቤታት ምሕታም
channel-sms = ኤስኤምኤስ
follow-ups-invited-sms = { $count ->
    [one] { $count } ሰብ ብኤስኤምኤስ ተዓዲሙ።
   *[other] { $count } ሰባት ብኤስኤምኤስ ተዓዲሞም።
}
follow-ups-already = { $count ->
    [one] { $count } ሰብ ንዚ እዋን ድሮ ተዓዲሙ ነይሩ። ዳግማይ ዝተላእከ የለን።
   *[other] { $count } ሰባት ንዚ እዋን ድሮ ተዓዲሞም ነይሮም። ዳግማይ ዝተላእከ የለን።
}
follow-ups-letters-pdf = ነቶም ደብዳቤታት ከም ሓደ PDF ንምሕታም ኣውርዱ
sms-invite = { $city }፦ ኣብዚ ኣስታት ክልተ ዓመት ተቐሚጥኩም ኣለኹም። ብቋንቋኹም ናብ ናጻ ዝርርብ ንዕድመኩም። ቆጸራ፦ { $url } ወይ ደውሉ፦ { $phone }
