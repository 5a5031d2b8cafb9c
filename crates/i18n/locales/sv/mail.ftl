## E-post till nyanlända, på deras språk. Vanlig text, ett meddelande per rad.

mail-confirmation-subject = Din bokade tid: { $when }
mail-reminder-subject = Påminnelse: din tid i morgon, { $when }
mail-hello = Hej!
mail-booked = Ditt personliga samtal hos välkomstservicen är bokat.
mail-reminder = Vi vill påminna dig om ditt personliga samtal hos välkomstservicen i morgon.
mail-when = När: { $when }
mail-where = Var: { $place }, { $address }
mail-reference = Din referens: { $reference }
mail-link = Öppna den här länken för att se eller avboka din tid: { $link }
mail-help = Har du frågor? Ring oss: { $phone }
mail-signature = Välkomstservicen i { $city }
sms-reminder = { $city }: påminnelse om din tid i morgon, { $when }, { $place }. Referens { $reference }. Frågor: { $phone }
