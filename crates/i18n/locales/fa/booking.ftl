## Newcomers book a coaching on the website. Plain words, short sentences, "you".

book-title = یک گفت‌وگوی شخصی رزرو کنید
book-intro = یک مشاور به زبان خودتان با شما صحبت می‌کند. این گفت‌وگو رایگان است. برای رزرو آن به هیچ مدرکی نیاز ندارید.
book-what = به چه چیزی نیاز دارید؟
book-kind-start-hint = تازه به این شهر آمده‌اید. ما توضیح می‌دهیم که کارها اینجا چطور انجام می‌شود.
book-kind-follow-up-hint = حدود دو سال است که اینجا زندگی می‌کنید و پرسش‌های تازه‌ای دارید.
book-kind-individual-module-hint = کمک درباره یک موضوع، برای مثال به رسمیت شناخته شدن مدرک تحصیلی شما.
book-language = زبان شما
book-language-hint = ما دنبال مشاوری می‌گردیم که به این زبان صحبت کند. اگر کسی نباشد، یک مترجم تلفنی کمک می‌کند.
book-continue = ادامه
book-back = بازگشت
book-times-title = یک وقت انتخاب کنید
book-times-choose = وقت‌های خالی
book-with-interpreter = با مترجم تلفنی
book-no-times = الان هیچ وقت خالی‌ای نیست. لطفاً با ما تماس بگیرید. با هم یک وقت پیدا می‌کنیم.
book-details-title = اطلاعات شما
book-your-time = وقت شما: { $when }
book-choose-other = وقت دیگری انتخاب کنید
book-name = نام شما
book-name-hint = همان‌طور که در مدرک شناسایی شما نوشته شده است، با هر خطی.
book-birth-hint = اگر فقط سال را می‌دانید، فقط سال را بنویسید.
book-phone-hint = تا بتوانیم با شما تماس بگیریم. با کد کشور، برای مثال ⁦+46 70 123 45 67⁩.
book-email-hint = یک شماره تلفن یا یک آدرس ایمیل بنویسید، یا هر دو را.
book-consent = رضایت شما
book-consent-basic = موافقم (برای رزرو لازم است)
book-consent-reminders = لطفاً قرار را به من یادآوری کنید (اختیاری)
book-check-title = جواب‌هایتان را بررسی کنید
book-when = زمان
book-confirm = رزرو گفت‌وگو
book-change = تغییر جواب‌هایم
book-appointment-title = قرار شما
book-booked-title = گفت‌وگوی شما رزرو شد
book-reference = کد رزرو شما: { $reference }
book-reference-label = کد رزرو
book-cancelled = این قرار لغو شده است.
book-next-title = بعد از این چه می‌شود
book-next-body = سر وقت به آن مکان بیایید. مدرک شناسایی یا اجازه اقامت خود را، اگر دارید، با خود بیاورید. اگر به مترجم نیاز دارید، ما با یک مترجم تماس می‌گیریم.
book-keep-link = این صفحه یا آدرس آن را نگه دارید. با آن می‌توانید قرارتان را ببینید یا لغو کنید.
book-cancel = لغو قرار
book-move = می‌توانید زمان را تغییر دهید:

error-phone-or-email = یک شماره تلفن یا یک آدرس ایمیل بنویسید تا بتوانیم با شما تماس بگیریم
book-move-link = زمان دیگری انتخاب کنید
book-move-title = زمان تازه‌ای انتخاب کنید
book-move-intro = وقت ملاقات شما اکنون: { $when }. تا زمانی که وقت تازه‌ای انتخاب نکرده‌اید، این وقت برای شما رزرو می‌ماند.
book-move-confirm = وقت ملاقاتم را به این زمان منتقل کن
book-moved = وقت ملاقات شما منتقل شد. این زمان تازه است.

## Childcare during the appointment (issue 4).
book-childcare-legend = آیا در زمان قرار به نگهداری از کودک نیاز دارید؟
book-childcare = نگهداری از کودک
book-childcare-none = لازم نیست
