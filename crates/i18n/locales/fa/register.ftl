## The register of service users (staff pages).

staff-nav-people = افراد
staff-nav-import = وارد کردن اجازه‌های اقامت
staff-nav-privacy = حریم خصوصی و مدت نگهداری
yes = بله
no = خیر

people-title = افراد
people-search-title = پیدا کردن یک شخص
people-search-name = نام
people-search-name-hint = با هر خط و هر املایی، به هر ترتیبی. می‌توانید فقط با تاریخ تولد هم جست‌وجو کنید.
people-search-submit = جست‌وجو
people-results = { $count ->
    [one] { $count } نفر پیدا شد
   *[other] { $count } نفر پیدا شد
}
people-no-results = کسی پیدا نشد. املای نام را بررسی کنید یا با تاریخ تولد جست‌وجو کنید.
people-erased = اطلاعات این شخص پاک شد.

people-new-title = ثبت یک شخص
people-new-intro = فقط چیزهایی را ثبت کنید که شخص با آن‌ها موافق است. فیلدهایی که «اختیاری» هستند می‌توانند خالی بمانند.
people-full-name = نام کامل
people-full-name-hint = همان‌طور که در مدرک شناسایی نوشته شده است، با هر خط و به هر ترتیب.
people-latin-name = نام با حروف لاتین (اختیاری)
people-latin-name-hint = فقط اگر در مدرک آمده باشد، برای مثال در سطر ماشین‌خوان آن.
people-birth-date = تاریخ تولد
people-birth-date-hint = اگر در مدرک فقط سال آمده است، فقط سال را وارد کنید. برای مثال ⁦17 4 1990⁩.
people-day = روز
people-month = ماه
people-year = سال
people-choose = انتخاب کنید…
people-citizenship = تابعیت
people-languages = زبان‌هایی که شخص صحبت می‌کند
people-languages-hint = اول زبانی که ترجیح می‌دهد. اسناد و نامه‌های این شخص به اولین زبانی از این زبان‌ها تهیه می‌شود که این خدمات ارائه می‌دهد.
people-language-n = زبان { $n }
people-permit-issued-on = تاریخ صدور اولین اجازه اقامت
people-optional = (اختیاری)
people-date-hint = برای مثال ⁦2026-11-25⁩.
people-certificate-required = از نظر قانونی موظف به گرفتن مدرک زبان
people-phone = تلفن
people-phone-hint = به شکل بین‌المللی، برای مثال ⁦+46 70 123 45 67⁩.
people-email = ایمیل
people-address = آدرس
people-district = ناحیه
people-consents = رضایت
people-consents-hint = متن‌های زیر را به زبان خود شخص به او نشان دهید و فقط مواردی را علامت بزنید که با آن‌ها موافق است. متن‌هایی که باید خوانده شوند:
people-channel = رضایت چگونه داده شد
people-text-language = زبان متنی که شخص خواند
people-create = ثبت شخص
people-create-anyway = هیچ‌کدام از این‌ها نیست: ثبت یک شخص جدید
people-duplicates-title = ممکن است این شخص قبلاً ثبت شده باشد
people-duplicates-body = اگر همان شخص است، رکورد را باز کنید. اگر شخص دیگری است، در پایین یک شخص جدید ثبت کنید.

purpose-basic = اطلاعات پایه برای مشاوره و کوپن‌ها (الزامی)
purpose-profile = پروفایل برای راهنمایی بهتر (تحصیلات، شغل، سطح زبان)
purpose-share-immigration = در میان گذاشتن اطلاعات پایه با اداره مهاجرت
purpose-reminders = یادآوری با ایمیل یا پیام کوتاه
purpose-surveys = نظرسنجی‌های میزان رضایت و پیگیری

consent-basic-text = خدمات خوش‌آمدگویی نام، تاریخ تولد، تابعیت، زبان‌ها، آدرس و اطلاعات تماس شما را نگه می‌دارد. ما از این اطلاعات استفاده می‌کنیم تا به شما مشاوره، جلسه‌های اطلاع‌رسانی و کوپن کلاس زبان بدهیم. فقط کارکنان این خدمات این اطلاعات را می‌بینند. شما در هر زمان می‌توانید آن‌ها را ببینید، اصلاح کنید یا پاک کنید.
consent-profile-text = می‌توانید درباره تحصیلات، شغل، مدارک تحصیلی و حرفه‌ای و سطح زبان خود به ما بگویید. ما از این اطلاعات فقط برای این استفاده می‌کنیم که شما را بهتر راهنمایی کنیم، برای مثال درباره کلاس زبان مناسب. این کار اختیاری است. در هر زمان می‌توانید آن را پس بگیرید، و ما آن را فوراً پاک می‌کنیم.
consent-share-immigration-text = ما می‌توانیم نام شما، تاریخ تولد شما و اینکه آیا در مشاوره و دوره‌ها شرکت کرده‌اید یا نه را با اداره مهاجرت در میان بگذاریم، برای مثال وقتی اجازه اقامت شما به یک امتحان زبان بستگی دارد. هیچ اطلاعات دیگری داده نمی‌شود. در هر زمان می‌توانید این را پس بگیرید.
consent-reminders-text = ما می‌توانیم یادآوری قرارها و جلسه‌هایتان را با ایمیل یا پیام کوتاه برای شما بفرستیم. در هر زمان می‌توانید آن‌ها را متوقف کنید.
consent-surveys-text = ما می‌توانیم بعداً از شما بپرسیم که چقدر از این خدمات راضی هستید، و بعد از دو سال حال و وضع شما چطور است. جواب دادن اختیاری است. در هر زمان می‌توانید این را متوقف کنید.

channel-in-person = حضوری
channel-paper = روی کاغذ
channel-phone = تلفنی
channel-online = آنلاین
channel-import = وارد کردن از اداره مهاجرت

people-done-created = شخص ثبت شد.
people-done-updated = تغییرات ذخیره شد.
people-done-consent-given = رضایت ثبت شد.
people-done-consent-withdrawn = رضایت پس گرفته شد و اطلاعاتی که به آن وابسته بود پاک شد.
people-done-profile-saved = پروفایل ذخیره شد.
people-done-merged = دو رکورد ادغام شدند.
people-next-steps = قدم‌های بعدی
people-next-website = وب‌سایت خوش‌آمدگویی را به زبان { $language } به شخص نشان دهید.
people-basic-data = اطلاعات پایه
people-eu-citizen = شهروند اتحادیه اروپا، منطقه اقتصادی اروپا یا سوئیس
people-third-country = شهروند کشور ثالث
people-document-language = زبان اسناد
people-due-next = موعدهای بعدی
people-follow-up-due = مشاوره پیگیری پس از دو سال: از { $date }.
people-follow-up-unknown = تاریخ صدور اولین اجازه اقامت معلوم نیست، پس تاریخ پیگیری هم معلوم نیست.
people-purpose = هدف
people-given = تاریخ دادن
people-text-version = نسخه متن
people-withdrawn-on = پس گرفته شده در { $date }
people-consent-live = داده شده
people-withdraw = پس گرفتن
people-give-consent = ثبت رضایت دیگر
people-record-consent = ثبت رضایت
people-profile = پروفایل
people-profile-intro = اطلاعات اختیاری که به دادن راهنمایی مناسب کمک می‌کند.
people-profile-needs-consent = این شخص با پروفایل موافقت نکرده است. اول رضایت برای پروفایل را ثبت کنید.
people-edit-profile = ویرایش پروفایل
people-education-level = تحصیلات
people-language-level = سطح زبان محلی
people-profession = شغل
people-qualifications = مدارکی که باید به رسمیت شناخته شوند
people-qualifications-hint = برای مثال دیپلم‌ها و گواهی‌نامه‌های خارج از کشور.
people-not-given = ذکر نشده
education-none = بدون تحصیل در مدرسه
education-primary = مدرسه ابتدایی
education-secondary = مدرسه متوسطه
education-vocational = آموزش فنی و حرفه‌ای
education-tertiary = دانشگاه یا مؤسسه آموزش عالی
level-a0 = هنوز هیچ
level-a1 = A1 – مبتدی
level-a2 = A2 – مقدماتی
level-b1 = B1 – متوسط
level-b2 = B2 – بالاتر از متوسط
level-c1 = C1 – پیشرفته
level-c2 = C2 – تسلط کامل
people-rights = حقوق حفاظت از داده‌ها
people-export-readable = همه اطلاعاتی که نگه می‌داریم، به صورت یک سند خوانا به زبان شخص
people-export-json = همه اطلاعاتی که نگه می‌داریم، به صورت فایل JSON
people-history = سابقه این رکورد
people-edit-title = اصلاح اطلاعات پایه
people-save = ذخیره

people-withdraw-title = رضایت پس گرفته شود: { $purpose }؟
people-withdraw-basic-body = بدون این رضایت، این خدمات اجازه ندارد هیچ چیزی نگه دارد. رکورد شخص فوراً پاک می‌شود: نام، تاریخ تولد، اطلاعات تماس، زبان‌ها، رضایت‌ها و پروفایل. فقط آمار بی‌نام باقی می‌ماند. این کار قابل برگشت نیست.
people-withdraw-profile-body = اطلاعات پروفایل (تحصیلات، شغل، مدارک، سطح زبان) فوراً پاک می‌شود.
people-withdraw-other-body = این خدمات از این به بعد این کار را برای این شخص انجام نمی‌دهد.
people-withdraw-confirm = بله، رضایت پس گرفته شود

people-merge-title = ادغام یک رکورد تکراری
people-merge-intro = رکورد تکراری { $name } را انتخاب کنید. زبان‌ها، رضایت‌ها و پروفایل آن به این رکورد منتقل می‌شود و سپس رکورد تکراری حذف می‌شود.
people-merge-candidates = رکوردهایی با نام مشابه
people-merge-other = شناسه رکورد تکراری
people-merge-other-hint = شناسه طولانی در انتهای آدرس صفحه رکورد تکراری.
people-merge-compare = مقایسه
people-merge-keep = نگه داشته می‌شود
people-merge-remove = حذف می‌شود
people-merge-body = بررسی کنید که هر دو رکورد مربوط به یک شخص باشند. ادغام در گزارش رویدادها ثبت می‌شود و قابل برگشت نیست.
people-merge-confirm = بله، رکوردها ادغام شوند

people-erase-title = پاک کردن اطلاعات این شخص
people-erase-body = هر چیزی که هویت شخص را مشخص می‌کند فوراً پاک می‌شود: نام، تاریخ تولد، اطلاعات تماس، زبان‌ها، رضایت‌ها و پروفایل. آنچه شهر باید برای حساب‌های مالی خود نگه دارد، بدون نام شخص باقی می‌ماند. این کار قابل برگشت نیست.
people-erase-confirm = بله، اطلاعات پاک شود

export-title = اطلاعات شما نزد خدمات خوش‌آمدگویی
export-intro = این همه اطلاعاتی است که خدمات خوش‌آمدگویی { $city } درباره شما نگه می‌دارد.
export-history = با اطلاعات شما چه کارهایی انجام شده است
export-rights = در هر زمان می‌توانید از ما بخواهید اطلاعات شما را اصلاح کنیم یا پاک کنیم. همچنین می‌توانید به نهاد ناظر بر حفاظت از داده‌ها شکایت کنید.

consent-texts-title = با چه چیزی موافقت می‌کنید
consent-texts-intro = لطفاً بخوانید. برای هر مورد خودتان تصمیم می‌گیرید. خدمات خوش‌آمدگویی { $city } رایگان است، حتی اگر با موارد اختیاری موافقت نکنید.
consent-texts-withdraw = هر رضایت را می‌توانید در هر زمان پس بگیرید: در دفتر خوش‌آمدگویی، با تلفن یا با ایمیل.

import-title = وارد کردن اجازه‌های اقامت جدید
import-intro = فایل اولین اجازه‌های اقامتی را که اداره مهاجرت تازه صادر کرده است آپلود کنید. اگر یکی از سطرها مشکلی داشته باشد، هیچ چیز وارد نمی‌شود و همه مشکلات فهرست می‌شوند. اگر همان فایل را دوباره وارد کنید، رکورد تکراری ایجاد نمی‌شود.
import-columns = ستون‌ها (سطر اول فایل):
import-file = فایل CSV
import-file-hint = با کدگذاری UTF-8، جداشده با ویرگول یا نقطه‌ویرگول. اگر در یک خانه چند زبان یا چند رضایت باشد، با نقطه‌ویرگول از هم جدا می‌شوند.
import-submit = وارد کردن
import-done = تعداد افراد ثبت‌شده: { $created }. تعداد افرادی که از قبل ثبت شده بودند: { $skipped }.
import-problems = { $count ->
    [one] فایل { $count } مشکل دارد
   *[other] فایل { $count } مشکل دارد
}
import-nothing-imported = هیچ چیز وارد نشد. فایل را اصلاح کنید و دوباره آپلود کنید.
import-line = سطر
import-column = ستون
import-reason = مشکل

records-title = حریم خصوصی و مدت نگهداری
records-intro = سوابق فعالیت‌های پردازش (ماده ۳۰ GDPR): این خدمات کدام اطلاعات شخصی را نگه می‌دارد، چرا، بر چه مبنای قانونی، تا چه مدت و چه کسی آن‌ها را می‌بیند. این سوابق از نقشه داده‌های این خدمات ساخته می‌شوند.
records-retention = حداکثر مدت نگهداری
records-expired = { $count ->
    [one] { $count } رکورد از حداکثر مدت نگهداری گذشته است و امشب با برنامه خودکار شبانه پاک می‌شود.
   *[other] { $count } رکورد از حداکثر مدت نگهداری گذشته‌اند و امشب با برنامه خودکار شبانه پاک می‌شوند.
}
records-retention-years = تعداد سال پس از آخرین تماس
records-retention-hint = رکوردها این تعداد سال پس از آخرین تماس شخص با این خدمات، به‌طور خودکار پاک می‌شوند.
records-column = ستون
records-purpose = هدف
records-legal-basis = مبنای قانونی
records-who = چه کسی آن را می‌بیند

## Messages beside form fields.
error-unknown-country = یک کشور از فهرست انتخاب کنید
error-unknown-language = یک زبان از فهرست انتخاب کنید
error-duplicate-language = هر زبان فقط یک بار
error-too-many = حداکثر { $limit } مورد انتخاب کنید
error-invalid-date = یک تاریخ واقعی وارد کنید
error-date-in-future = تاریخ نمی‌تواند در آینده باشد
error-before-birth = این تاریخ قبل از تاریخ تولد است
error-not-latin = در این فیلد فقط از حروف لاتین استفاده کنید
error-consent-required = شخص باید با اطلاعات پایه موافقت کند، وگرنه هیچ چیز قابل ثبت نیست
error-consent-basic-required = این خانه را علامت بزنید تا موافقت کنید که خدمات خوش‌آمدگویی اطلاعات پایهٔ شما را نگه دارد: بدون آن نمی‌توانیم چیزی ثبت کنیم.
error-consent-modules-required = این خانه را علامت بزنید تا موافقت کنید که ثبت‌نام شما نگه داشته شود: بدون آن نمی‌توانیم شما را ثبت‌نام کنیم.
error-duplicate-consent = این رضایت قبلاً ثبت شده است
error-consent-missing = شخص با این مورد موافقت نکرده است؛ اول رضایت را ثبت کنید
error-unknown-person = هیچ رکوردی با این شناسه وجود ندارد
error-not-csv = یک فایل CSV آپلود کنید
error-not-utf8 = فایل را به صورت متن UTF-8 ذخیره کنید و دوباره آپلود کنید
error-invalid-csv = این سطر را نمی‌توان به صورت CSV خواند
error-unknown-column = این ستون شناخته‌شده نیست
error-missing-column = این ستون وجود ندارد
error-too-many-rows = فایل سطرهای خیلی زیادی دارد؛ آن را تقسیم کنید
error-wrong-number-of-fields = تعداد فیلدهای این سطر با سطر اول فرق دارد
error-duplicate-in-file = این شناسه اجازه اقامت دو بار در فایل آمده است
error-empty-file = فایل هیچ سطری ندارد

# Issue 5: the consent purpose of registering for modules.
purpose-modules = ثبت‌نام در جلسه‌های اطلاع‌رسانی
consent-modules-text = برای ثبت‌نام شما در یک جلسهٔ گروهی اطلاع‌رسانی، خدمات خوشامد نام، تاریخ تولد، اطلاعات تماس و تعداد و سن فرزندانتان را برای نگهداری از کودکان نگه می‌دارد. از آن‌ها برای نگه داشتن جای شما یا نوبتتان در فهرست انتظار، خبر دادن تغییرات به شما و شمردن حضورتان در گذرنامهٔ خوشامد استفاده می‌کنیم. اطلاعات تماسِ یک ثبت‌نام ۹۰ روز پس از جلسه پاک می‌شود. هر زمان می‌توانید این رضایت را پس بگیرید؛ در این صورت ثبت‌نام‌هایتان لغو می‌شود.
