## E-mails to newcomers, in their language. Plain text, one line per message.

mail-confirmation-subject = قرار شما: { $when }
mail-reminder-subject = یادآوری: قرار شما برای فردا، { $when }
mail-hello = سلام،
mail-booked = گفت‌وگوی شخصی شما در خدمات خوش‌آمدگویی رزرو شد.
mail-reminder = یادآوری می‌کنیم که فردا گفت‌وگوی شخصی شما در خدمات خوش‌آمدگویی است.
mail-when = زمان: { $when }
mail-where = مکان: { $place }، { $address }
mail-reference = کد رزرو شما: { $reference }
mail-link = برای دیدن یا لغو قرارتان، این لینک را باز کنید: { $link }
mail-help = سؤالی دارید؟ با ما تماس بگیرید: { $phone }
mail-signature = خدمات خوش‌آمدگویی { $city }
sms-reminder = { $city }: یادآوری وقت ملاقات شما فردا، { $when }، { $place }. شماره پیگیری { $reference }. پرسش‌ها: { $phone }
