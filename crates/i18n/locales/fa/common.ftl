## Shared by every page: layout, dates, errors.

site-name = خدمات خوش‌آمدگویی
site-tagline = کمک به ساکنان تازه‌وارد { $city }، به زبان خودتان
skip-to-content = رفتن به محتوای اصلی
language-switcher-label = زبان خود را انتخاب کنید
main-navigation = فهرست اصلی
breadcrumbs-label = شما اینجا هستید
footer-help-title = کمک حضوری
footer-desk = دفتر خوش‌آمدگویی: { $address }
footer-hotline = با ما تماس بگیرید: { $phone }
footer-email = ایمیل: { $email }
footer-opening-hours = ساعات کار
footer-accessibility = بیانیه دسترس‌پذیری
footer-privacy = حریم خصوصی
footer-staff-login = ورود کارکنان
closed = بسته
hours-range = { $from }–{ $to }

## Dates. date-long takes the day, the month's name and the year.
date-long = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه

## Error pages.
error-title-prefix = خطا: { $title }
error-summary-title = مشکلی پیش آمده است
error-page-not-found-title = صفحه پیدا نشد
error-page-not-found-body = ما این صفحه را پیدا نمی‌کنیم. آدرس را بررسی کنید یا به صفحه اصلی بروید.
error-page-forbidden-title = شما نمی‌توانید این صفحه را باز کنید
error-page-forbidden-body = حساب شما اجازه دسترسی به این صفحه را ندارد. اگر به این صفحه نیاز دارید، از هماهنگ‌کننده خود بپرسید.
error-page-bad-request-title = چیزی در درخواست اشتباه بود
error-page-bad-request-body = صفحه نتوانست از اطلاعات فرستاده‌شده استفاده کند. به صفحه قبل برگردید و دوباره امتحان کنید.
error-page-csrf-title = مهلت فرم تمام شده است
error-page-csrf-body = برای امنیت شما، فرم فرستاده نشد. به صفحه قبل برگردید، صفحه را دوباره باز کنید و فرم را دوباره بفرستید.
error-page-too-many-title = تعداد تلاش‌ها بیش از حد است
error-page-too-many-body = لطفاً چند دقیقه صبر کنید. بعد دوباره امتحان کنید.
error-page-server-title = متأسفیم، در خدمات ما مشکلی پیش آمده است
error-page-server-body = لطفاً بعداً دوباره امتحان کنید. اگر همین حالا به کمک نیاز دارید، با ما تماس بگیرید یا به دفتر خوش‌آمدگویی بیایید.
error-page-conflict-title = این مورد هم‌زمان تغییر کرده است
error-page-conflict-body = شخص دیگری همین حالا این را تغییر داد. به صفحه قبل برگردید، صفحه را دوباره باز کنید و دوباره امتحان کنید.
error-page-too-large-title = فایل یا فرم خیلی بزرگ است
error-page-too-large-body = یک فایل کوچک‌تر یا متن کوتاه‌تری بفرستید.
error-back-home = رفتن به صفحه اصلی
error-reference = شماره پیگیری: { $reference }

## Messages beside form fields. $limit is a number.
error-required = این اطلاعات را وارد کنید
error-too-long = حداکثر { $limit } حرف بنویسید
error-too-short = حداقل { $limit } حرف بنویسید
error-too-small = عددی برابر با { $limit } یا بیشتر وارد کنید
error-too-large = عددی برابر با { $limit } یا کمتر وارد کنید
error-not-a-number = یک عدد صحیح وارد کنید، مثلاً 12
error-control-characters = علامت‌های خاصی را که اینجا مجاز نیستند پاک کنید
error-invalid-email = یک آدرس ایمیل مانند name@example.org وارد کنید
error-invalid-choice = یکی از گزینه‌ها را انتخاب کنید
error-invalid-phone = شماره تلفن را به شکل بین‌المللی وارد کنید: با + و کد کشور شروع کنید
error-invalid-hours = ساعات کار را به این شکل وارد کنید: ⁦08:00-12:00, 13:00-17:00⁩
error-overlapping-hours = ساعات کار در یک روز نباید با هم تداخل داشته باشند
error-invalid-timezone = یک منطقه زمانی مانند Europe/Stockholm وارد کنید
error-invalid-language = یک زبان انتخاب کنید
error-password-too-common = حدس زدن این رمز عبور خیلی آسان است؛ رمز طولانی‌تر یا کمتر رایجی انتخاب کنید
error-passwords-differ = دو رمز عبور جدید یکسان نیستند
error-wrong-password = رمز عبور فعلی درست نیست
error-required-for-provider-role = در حساب‌های برگزارکنندگان دوره باید نام سازمان نوشته شود
error-only-for-provider-role = فقط حساب‌های برگزارکنندگان دوره به یک سازمان تعلق دارند
error-unknown-provider = هیچ برگزارکننده دوره‌ای با این نام وجود ندارد
error-email-taken = حسابی با این آدرس ایمیل از قبل وجود دارد
