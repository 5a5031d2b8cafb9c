## E-mails to newcomers, in their language. Plain text, one line per message.

mail-confirmation-subject = Your appointment: { $when }
mail-reminder-subject = Reminder: your appointment tomorrow, { $when }
mail-hello = Hello,
mail-booked = Your personal talk at the welcome service is booked.
mail-reminder = This is a reminder of your personal talk at the welcome service tomorrow.
mail-when = When: { $when }
mail-where = Where: { $place }, { $address }
mail-reference = Your reference: { $reference }
mail-link = To see or cancel your appointment, open this link: { $link }
mail-help = Questions? Call us: { $phone }
mail-signature = The welcome service of { $city }
sms-reminder = { $city }: reminder of your appointment tomorrow, { $when }, { $place }. Reference { $reference }. Questions: { $phone }
