# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = این شماره معتبر نیست: طول و نویسه‌ها را بررسی کنید
error-code-check-digit = در این شماره اشتباه تایپی هست: همهٔ نویسه‌ها را دوباره بررسی کنید
error-token-malformed = این کد QR گذرنامهٔ خوش‌آمد نیست
error-token-forged = این کد QR جعلی یا دستکاری‌شده است: آن را نپذیرید
error-invalid-level = سطحی از A1 تا C2 انتخاب کنید
error-level-order = بالاترین سطح نباید پایین‌تر از پایین‌ترین سطح باشد
error-invalid-amount = مبلغی مانند 150 یا 150.50 وارد کنید
error-amount-too-small = ارزش باید برای هر بخش دست‌کم یک سنت باشد
error-invalid-month = ماهی مانند 2026-03 وارد کنید
error-voucher-unknown = هیچ کوپنی با این کد نیست
error-voucher-check-digit = در کد کوپن اشتباه تایپی هست: همهٔ نویسه‌ها را دوباره بررسی کنید
error-voucher-malformed = این کد کوپن نیست: کد کوپن ۱۸ حرف و رقم دارد
error-voucher-expired = مهلت این کوپن تمام شده است
error-voucher-revoked = شهرداری این کوپن را باطل کرده و نمی‌توان از آن استفاده کرد
error-voucher-used = این بخش از کوپن پیش‌تر استفاده شده است
error-voucher-no-such-part = این کوپن چنین بخشی ندارد
error-voucher-foreign-provider = این دوره متعلق به مؤسسهٔ دیگری است
error-voucher-provider-suspended = مؤسسهٔ شما تعلیق شده است: فعلاً نمی‌توان کوپن‌ها را نقد کرد
error-voucher-provider-not-approved = مؤسسهٔ شما برای کوپن‌ها تأیید نشده است
error-voucher-level = این کوپن هزینهٔ دوره‌های این سطح را نمی‌پردازد
error-voucher-start-window = دوره بیرون از بازه‌ای که این کوپن پوشش می‌دهد شروع می‌شود
error-voucher-amount-above-remaining = مبلغ بیشتر از باقی‌ماندهٔ این بخش از کوپن است
error-voucher-id-not-checked = تأیید کنید که کارت شناسایی دارندهٔ کوپن را بررسی کرده‌اید

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = گذرنامهٔ خوش‌آمد
passport-pdf-number = شمارهٔ گذرنامه
passport-pdf-holder = دارنده
passport-pdf-birth-date = تاریخ تولد
passport-pdf-qr-alt = کد QR برای بررسی این گذرنامه
passport-pdf-stamps = جلسه‌های شرکت‌کرده
passport-pdf-date = تاریخ
passport-pdf-topic = موضوع
passport-pdf-language = زبان
passport-pdf-venue = مکان
passport-pdf-no-stamps = هنوز جلسه‌ای نیست.
passport-pdf-issued = تاریخ صدور
voucher-pdf-title = کوپن دورهٔ زبان
voucher-pdf-code = کد کوپن
voucher-pdf-value = ارزش
voucher-pdf-parts = بخش‌ها
voucher-pdf-part = بخش { $n }
voucher-pdf-valid-until = معتبر تا
voucher-pdf-levels = سطح‌های دوره
voucher-pdf-qr-alt = کد QR کوپن
voucher-pdf-providers = مؤسسه‌های آموزشی تأییدشده
voucher-pdf-condition-1 = فقط برای دوره‌های زبان مؤسسه‌های تأییدشده. نقد نمی‌شود و نمی‌توان آن را به دیگری داد.
voucher-pdf-condition-2 = هنگام ثبت‌نام این کوپن و کارت شناسایی خود را همراه بیاورید.
