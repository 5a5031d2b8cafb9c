## Электронные письма новым жителям на их языке. Простой текст, одно сообщение в строке.

mail-confirmation-subject = Ваш приём: { $when }
mail-reminder-subject = Напоминание: Ваш приём завтра, { $when }
mail-hello = Здравствуйте!
mail-booked = Вы записаны на личную беседу в службе помощи новым жителям.
mail-reminder = Напоминаем: завтра у Вас личная беседа в службе помощи новым жителям.
mail-when = Когда: { $when }
mail-where = Где: { $place }, { $address }
mail-reference = Ваш номер записи: { $reference }
mail-link = Чтобы посмотреть или отменить свой приём, откройте эту ссылку: { $link }
mail-help = Есть вопросы? Позвоните нам: { $phone }
mail-signature = Служба помощи новым жителям города { $city }
sms-reminder = { $city }: напоминание о вашем приёме завтра, { $when }, { $place }. Номер { $reference }. Вопросы: { $phone }
