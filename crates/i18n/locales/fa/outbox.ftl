## The e-mail queue (staff page).

staff-nav-outbox = صف ایمیل‌ها
outbox-title = صف ایمیل‌ها
outbox-intro = پیام‌های تأیید و یادآوری برای تازه‌واردان. اگر ارسال پیامی ممکن نباشد، بعداً دوباره تلاش می‌شود؛ پس از هشت تلاش، به عنوان ناموفق علامت‌گذاری می‌شود.
outbox-col-created = زمان ورود به صف
outbox-col-kind = نوع
outbox-col-to = گیرنده
outbox-col-status = وضعیت
outbox-col-attempts = تلاش‌ها
outbox-col-error = آخرین خطا
outbox-empty = صف خالی است.
mail-kind-confirmation = تأیید
mail-kind-reminder = یادآوری
mail-kind-invitation = دعوت
mail-status-pending = در انتظار
mail-status-sent = ارسال شد
mail-status-failed = ناموفق
outbox-col-channel = راه ارسال
