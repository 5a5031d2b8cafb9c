## Iimaylo loo diro dadka cusub, luqaddooda. Qoraal caadi ah, hal fariin sadar kasta.

mail-confirmation-subject = Ballantaada: { $when }
mail-reminder-subject = Xusuusin: ballantaada berri, { $when }
mail-hello = Salaan,
mail-booked = Wadahadalkaaga gaarka ah ee adeegga soo-dhaweynta waa la ballansaday.
mail-reminder = Waxaan kuu xusuusinaynaa in berri aad wadahadal gaar ah ku leedahay adeegga soo-dhaweynta.
mail-when = Goorma: { $when }
mail-where = Halkee: { $place }, { $address }
mail-reference = Tixraacaaga: { $reference }
mail-link = Si aad u aragto ama u baajiso ballantaada, fur linkigan: { $link }
mail-help = Su'aalo ma qabtaa? Na soo wac: { $phone }
mail-signature = Adeegga soo-dhaweynta ee { $city }
sms-reminder = { $city }: xusuusin ballantaada berri, { $when }, { $place }. Tixraac { $reference }. Su'aalo: { $phone }
