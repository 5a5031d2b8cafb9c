## The staff back office.

staff-title = بخش مدیریت
staff-nav-home = نمای کلی
staff-nav-users = حساب‌های کارکنان
staff-nav-audit = گزارش رویدادها
staff-nav-settings = تنظیمات شهر
staff-nav-account = حساب من
staff-logout = خروج
staff-signed-in-as = وارد شده به عنوان { $name } ({ $role })
staff-language-label = زبان بخش مدیریت
staff-language-change = تغییر زبان

role-coordinator = هماهنگ‌کننده
role-counsellor = مشاور
role-trainer = مدرس
role-desk = کارمند دفتر خوش‌آمدگویی
role-provider = برگزارکننده دوره
role-clerk = کارمند اداره مهاجرت
role-desk_lead = سرپرست دفتر خوش‌آمدگویی
role-partner_agent = کارمند مرکز تماس همکار

## Login.
login-title = ورود کارکنان
login-email = آدرس ایمیل
login-password = رمز عبور
login-submit = ورود
login-failed = آدرس ایمیل یا رمز عبور درست نیست.
login-locked = این حساب به دلیل وارد کردن رمز عبور اشتباه به دفعات زیاد، به مدت { $minutes } دقیقه قفل شده است.
login-throttled = از این دستگاه تلاش‌های زیادی برای ورود انجام شده است. چند دقیقه صبر کنید و دوباره امتحان کنید.
login-logged-out = شما از سیستم خارج شدید.
login-expired = مدت ورود شما به پایان رسیده است. دوباره وارد شوید.

## Overview.
staff-home-title = نمای کلی
staff-home-welcome = خوش آمدید، { $name }.
staff-home-role = نقش شما: { $role }
staff-home-city = { $city }: { $inhabitants } نفر جمعیت، و سالانه حدود { $newcomers } تازه‌وارد.

## Staff accounts.
users-title = حساب‌های کارکنان
users-create-title = ایجاد حساب کارمند
users-name = نام کامل
users-email = آدرس ایمیل
users-email-hint = این شخص با این آدرس وارد سیستم می‌شود.
users-role = نقش
users-provider = سازمان برگزارکننده دوره
users-provider-hint = فقط برای حساب‌های برگزارکنندگان دوره: نام سازمان.
users-password = رمز عبور اولیه
users-password-hint = حداقل ۱۲ حرف. رمز را به روشی امن به این شخص بدهید؛ او می‌تواند پس از ورود آن را تغییر دهد.
users-ui-language = زبان بخش مدیریت
users-create-submit = ایجاد حساب
users-created = حساب { $name } ایجاد شد.
users-col-name = نام
users-col-email = ایمیل
users-col-role = نقش
users-col-status = وضعیت
users-col-actions = اقدامات
users-status-active = فعال
users-status-disabled = غیرفعال
users-status-locked = قفل‌شده
users-disable = غیرفعال کردن
users-enable = فعال کردن
users-disable-confirm-title = حساب { $name } غیرفعال شود؟
users-disable-confirm-body = { $name } فوراً از سیستم خارج می‌شود و دیگر نمی‌تواند وارد شود. توکن‌های API این حساب دیگر کار نمی‌کنند. بعداً می‌توانید این حساب را دوباره فعال کنید. این کار در گزارش رویدادها ثبت می‌شود.
users-disable-confirm-submit = بله، حساب غیرفعال شود
users-cancel = لغو
users-disabled-done = حساب { $name } غیرفعال شد.
users-enabled-done = حساب { $name } فعال شد.
users-count = { $count ->
    [one] { $count } حساب
   *[other] { $count } حساب
}

## Audit log.
audit-title = گزارش رویدادها
audit-intro = چه کسی، چه کاری، روی کدام رکورد و در چه زمانی انجام داده است. رویدادها را نمی‌توان تغییر داد یا پاک کرد.
audit-filter-title = فیلتر
audit-filter-action = اقدام
audit-filter-entity = نوع رکورد
audit-filter-entity-id = شناسه رکورد
audit-filter-actor = ایمیل کارمند
audit-filter-submit = اعمال فیلتر
audit-filter-clear = پاک کردن فیلتر
audit-col-time = زمان (UTC)
audit-col-actor = چه کسی
audit-col-action = اقدام
audit-col-entity = رکورد
audit-col-detail = جزئیات
audit-actor-system = سیستم یا وب‌سایت عمومی
audit-empty = هیچ رویدادی با این فیلتر مطابقت ندارد.
audit-older = رویدادهای قدیمی‌تر

## City settings.
settings-title = تنظیمات شهر
settings-intro = این اطلاعات در وب‌سایت عمومی، در اسناد و در برنامه‌ریز جلسه‌ها نمایش داده می‌شود.
settings-city-name = نام شهر
settings-inhabitants = جمعیت
settings-newcomers = تعداد تازه‌واردان در سال (تقریبی)
settings-desk-address = آدرس دفتر خوش‌آمدگویی
settings-desk-hours = ساعات کار دفتر
settings-desk-hours-hint = برای هر روز، ساعت‌هایی مانند ⁦08:00-12:00, 13:00-17:00⁩. برای روزهای تعطیل خالی بگذارید.
settings-hotline = شماره تلفن خط کمک
settings-hotline-hint = به شکل بین‌المللی، برای مثال ⁦+46 8 123 456 00⁩.
settings-email = آدرس ایمیل این خدمات
settings-timezone = منطقه زمانی
settings-timezone-hint = برای مثال Europe/Stockholm.
settings-source-language = زبانی که محتوا ابتدا به آن نوشته می‌شود
settings-submit = ذخیره تنظیمات
settings-saved = تنظیمات ذخیره شد.

## My account.
account-title = حساب من
account-password-title = رمز عبور خود را تغییر دهید
account-current-password = رمز عبور فعلی
account-new-password = رمز عبور جدید
account-new-password-hint = حداقل ۱۲ حرف. چند کلمه کنار هم آسان به یاد می‌مانند و سخت حدس زده می‌شوند.
account-confirm-password = تکرار رمز عبور جدید
account-password-submit = تغییر رمز عبور
account-password-changed = رمز عبور شما تغییر کرد. ورود شما در دستگاه‌ها و مرورگرهای دیگر بسته شد.
settings-stale-after-days = دوره‌ها پس از این مدت از فهرست عمومی حذف می‌شوند (روز بدون به‌روزرسانی)
settings-stale-after-days-hint = ارائه‌دهنده باید هر دوره را در این تعداد روز تأیید کند، وگرنه دوره پنهان می‌شود و ارائه‌دهنده در فهرست قدیمی‌ها می‌آید. روز کامل، از ۱ تا ۳۶۵۰.
