## E-Mails an Neuankommende, in ihrer Sprache. Reiner Text, eine Nachricht pro Zeile.

mail-confirmation-subject = Ihr Termin: { $when }
mail-reminder-subject = Erinnerung: Ihr Termin morgen, { $when }
mail-hello = Guten Tag,
mail-booked = Ihr persönliches Gespräch beim Willkommensservice ist gebucht.
mail-reminder = Wir erinnern Sie an Ihr persönliches Gespräch morgen beim Willkommensservice.
mail-when = Wann: { $when }
mail-where = Wo: { $place }, { $address }
mail-reference = Ihre Referenz: { $reference }
mail-link = Um Ihren Termin anzusehen oder abzusagen, öffnen Sie diesen Link: { $link }
mail-help = Haben Sie Fragen? Rufen Sie uns an: { $phone }
mail-signature = Der Willkommensservice von { $city }
sms-reminder = { $city }: Erinnerung an Ihren Termin morgen, { $when }, { $place }. Nummer { $reference }. Fragen: { $phone }
