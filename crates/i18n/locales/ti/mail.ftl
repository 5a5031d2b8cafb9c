## E-mails to newcomers, in their language. Plain text, one line per message.

mail-confirmation-subject = ቆጸራኹም: { $when }
mail-reminder-subject = መዘኻኸሪ: ናይ ጽባሕ ቆጸራኹም፣ { $when }
mail-hello = ሰላም፣
mail-booked = ኣብ ኣገልግሎት ኣቀባብላ ቆጸራ ውልቃዊ ዘተኹም ተታሒዙ።
mail-reminder = ጽባሕ ኣብ ኣገልግሎት ኣቀባብላ ውልቃዊ ዘተ ከም ዘለኩም ነዘኻኽረኩም።
mail-when = መዓስ: { $when }
mail-where = ኣበይ: { $place }፣ { $address }
mail-reference = መወከሲ ቁጽርኹም: { $reference }
mail-link = ቆጸራኹም ንምርኣይ ወይ ንምስራዝ፣ ነዚ ሊንክ ክፈትዎ: { $link }
mail-help = ሕቶ ኣለኩም ድዩ? ደውሉልና: { $phone }
mail-signature = ኣገልግሎት ኣቀባብላ { $city }
sms-reminder = { $city }፦ ጽባሕ ዘለኩም ቆጸራ መዘኻኸሪ፡ { $when }፡ { $place }። መወከሲ { $reference }። ሕቶታት፦ { $phone }
