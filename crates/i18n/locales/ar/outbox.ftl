## The e-mail queue (staff page).

staff-nav-outbox = قائمة انتظار البريد الإلكتروني
outbox-title = قائمة انتظار البريد الإلكتروني
outbox-intro = رسائل التأكيد والتذكير المرسلة إلى القادمين الجدد. إذا تعذّر إرسال رسالة، تُعاد محاولة إرسالها لاحقًا؛ وبعد ثماني محاولات تُصنَّف على أنها فشلت.
outbox-col-created = وقت الإضافة إلى القائمة
outbox-col-kind = النوع
outbox-col-to = إلى
outbox-col-status = الحالة
outbox-col-attempts = المحاولات
outbox-col-error = آخر خطأ
outbox-empty = قائمة الانتظار فارغة.
mail-kind-confirmation = تأكيد
mail-kind-reminder = تذكير
mail-kind-invitation = دعوة
mail-status-pending = قيد الانتظار
mail-status-sent = أُرسلت
mail-status-failed = فشل الإرسال
outbox-col-channel = الوسيلة
