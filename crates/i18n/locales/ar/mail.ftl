## E-mails to newcomers, in their language. Plain text, one line per message.

mail-confirmation-subject = موعدك: { $when }
mail-reminder-subject = تذكير: موعدك غدًا، { $when }
mail-hello = مرحبًا،
mail-booked = تم حجز محادثتك الشخصية في خدمة الترحيب.
mail-reminder = هذا تذكير بمحادثتك الشخصية في خدمة الترحيب غدًا.
mail-when = الوقت: { $when }
mail-where = المكان: { $place }، { $address }
mail-reference = رقمك المرجعي: { $reference }
mail-link = لكي ترى موعدك أو تلغيه، افتح هذا الرابط: { $link }
mail-help = هل لديك أسئلة؟ اتصل بنا: { $phone }
mail-signature = خدمة الترحيب في { $city }
sms-reminder = { $city }: تذكير بموعدك غدًا، { $when }، { $place }. الرقم المرجعي { $reference }. للأسئلة: { $phone }
