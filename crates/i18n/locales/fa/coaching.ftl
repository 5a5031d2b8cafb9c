## Individual coaching (staff pages).

staff-nav-follow-ups = پیگیری‌های موعدرسیده
staff-nav-coverage = زبان‌ها به تفکیک مکان

coaching-appointments = قرارهای مشاوره
coaching-none-yet = هنوز هیچ مشاوره‌ای رزرو نشده است.
coaching-book-title = رزرو مشاوره
coaching-choose = چه نوع مشاوره‌ای، در کجا
coaching-kind = نوع مشاوره
coaching-place = مکان
coaching-any-place = هر مکانی
coaching-show-slots = نمایش وقت‌های خالی
coaching-slots = وقت‌های خالی، از زودترین
coaching-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
coaching-interpreter = با مترجم تلفنی
coaching-book = رزرو این وقت
coaching-no-slots = در ۶۰ روز آینده هیچ وقت خالی‌ای نیست. مکان یا نوع دیگری را امتحان کنید، یا از هماهنگ‌کننده بپرسید.
coaching-cancel-title = لغو قرار
coaching-cancel-body = این وقت فوراً برای دیگران آزاد می‌شود. به زبان خود شخص به او خبر دهید.
coaching-cancel-confirm = بله، قرار لغو شود
coaching-outcome-title = ثبت مشاوره
coaching-outcome-status = آیا مشاوره انجام شد؟
coaching-topics = موضوع‌های مطرح‌شده
coaching-topics-hint = برای مثال مسکن، کار، سلامت، اقامت، مدرسه‌ها.
coaching-handed-out = آنچه به شخص داده شد
coaching-handed-out-hint = دفترچه راهنمای خوش‌آمدگویی و زبان آن، پاسپورت خوش‌آمدگویی، اطلاعات درباره جلسه‌های اطلاع‌رسانی و کوپن‌ها.
coaching-referrals = ارجاع‌ها
coaching-referrals-hint = شخص به کجا فرستاده شد، برای مثال به یک اداره یا یک مرکز مشاوره.
coaching-notes = یادداشت‌های محرمانه
coaching-notes-hint = فقط مشاوران این یادداشت‌ها را می‌بینند. فقط چیزی را بنویسید که لازم است.
coaching-childcare = برای قرار بعدی نگهداری از کودک لازم است

kind-start = مشاوره اولیه
kind-follow-up = مشاوره پیگیری پس از دو سال
kind-individual-module = جلسه اطلاع‌رسانی انفرادی
kind-desk-follow-up = پیگیری در دفتر خوش‌آمدگویی

status-booked = رزرو شده
status-held = انجام شد
status-no-show = نیامد
status-cancelled = لغو شد

people-done-booked = مشاوره رزرو شد. کد رزرو: { $reference }
people-done-cancelled = قرار لغو شد.
people-done-outcome = مشاوره ثبت شد.

follow-ups-title = مشاوره‌های پیگیری موعدرسیده
follow-ups-intro = کسانی که در { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } آینده دو سال اقامتشان کامل می‌شود یا قبلاً کامل شده است، و هیچ مشاوره پیگیری‌ای برایشان رزرو نشده است.
follow-ups-due = موعد از
follow-ups-invite = دعوت
follow-ups-email-possible = ایمیل ممکن است
follow-ups-none = در این مدت موعد هیچ‌کس نمی‌رسد.

coverage-title = زبان‌ها به تفکیک مکان و روز
coverage-intro = مشاوران در هر مکان و در هر روز هفته به کدام زبان‌ها صحبت می‌کنند. برای زبان‌های دیگر، قراری با مترجم تلفنی رزرو می‌شود.
coverage-day = روز
coverage-hours = ساعت‌ها
coverage-none = هنوز هیچ ساعت کاری ثبت نشده است.

error-slot-taken = این وقت همین حالا گرفته شد. وقت دیگری انتخاب کنید.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = نگهداری از کودک
coaching-childcare-legend = کودکانی که در زمان قرار به نگهداری نیاز دارند
coaching-children-care = نگهداری از کودک: { $count } (سن { $ages })
childcare-title = نگهداری از کودک در مشاوره
childcare-intro = قرارهایی که فرد هنگام رزرو گفته است کودکانش در زمان قرار به نگهداری نیاز دارند، بر اساس روز و مکان. نگهداری را با این فهرست هماهنگ کنید؛ شماره پیگیری قرار را مشخص می‌کند.
childcare-period = بازه زمانی
childcare-from = از
childcare-from-hint = برای نمونه 2026-12-24
childcare-days = تعداد روزها
childcare-show = نمایش
childcare-day-summary = همه کودکان: { $children }. بیشترین تعداد هم‌زمان: { $most }.
childcare-col-time = ساعت
childcare-col-children = کودکان
childcare-col-ages = سن
childcare-col-reference = شماره پیگیری
childcare-none = در این بازه نیازی به نگهداری از کودک نیست.
