## The staff back office.

staff-title = لوحة الإدارة
staff-nav-home = نظرة عامة
staff-nav-users = حسابات الموظفين
staff-nav-audit = سجل التدقيق
staff-nav-settings = إعدادات المدينة
staff-nav-account = حسابي
staff-logout = تسجيل الخروج
staff-signed-in-as = مسجَّل الدخول باسم { $name } ({ $role })
staff-language-label = لغة لوحة الإدارة
staff-language-change = تغيير اللغة

role-coordinator = منسّق
role-counsellor = مستشار
role-trainer = مدرّب
role-desk = موظف مكتب الاستقبال
role-provider = جهة مقدمة للدورات
role-clerk = موظف في دائرة الهجرة
role-desk_lead = مسؤول مكتب الاستقبال
role-partner_agent = موظف مركز الاتصال الشريك

## Login.
login-title = دخول الموظفين
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
login-locked = قُفل هذا الحساب بعد إدخال كلمات مرور خاطئة مرات كثيرة. مدة القفل: { $minutes ->
    [one] دقيقة واحدة.
    [two] دقيقتان.
    [few] { $minutes } دقائق.
   *[other] { $minutes } دقيقة.
}
login-throttled = محاولات تسجيل دخول كثيرة جدًا من هذا الحاسوب. انتظر بضع دقائق، ثم حاول مرة أخرى.
login-logged-out = تم تسجيل خروجك.
login-expired = انتهت جلستك. سجّل الدخول مرة أخرى.

## Overview.
staff-home-title = نظرة عامة
staff-home-welcome = مرحبًا، { $name }.
staff-home-role = دورك: { $role }
staff-home-city = { $city }: { $inhabitants } نسمة، ونحو { $newcomers } من القادمين الجدد كل سنة.

## Staff accounts.
users-title = حسابات الموظفين
users-create-title = إنشاء حساب موظف
users-name = الاسم الكامل
users-email = عنوان البريد الإلكتروني
users-email-hint = يسجّل الشخص دخوله بهذا العنوان.
users-role = الدور
users-provider = الجهة المقدمة للدورات
users-provider-hint = لحسابات الجهات المقدمة للدورات فقط: اسم المؤسسة.
users-password = كلمة المرور الأولى
users-password-hint = ١٢ حرفًا على الأقل. سلّمها إلى الشخص بطريقة آمنة؛ ويمكنه تغييرها بعد تسجيل الدخول.
users-ui-language = لغة لوحة الإدارة
users-create-submit = إنشاء الحساب
users-created = تم إنشاء حساب { $name }.
users-col-name = الاسم
users-col-email = البريد الإلكتروني
users-col-role = الدور
users-col-status = الحالة
users-col-actions = الإجراءات
users-status-active = نشط
users-status-disabled = معطَّل
users-status-locked = مقفل
users-disable = تعطيل
users-enable = تفعيل
users-disable-confirm-title = هل تريد تعطيل حساب { $name }؟
users-disable-confirm-body = سيُسجَّل خروج { $name } فورًا، ولن يستطيع تسجيل الدخول بعد ذلك. ستتوقف رموز API الخاصة بهذا الحساب عن العمل. يمكنك تفعيل الحساب مرة أخرى لاحقًا. يُسجَّل هذا الإجراء في سجل التدقيق.
users-disable-confirm-submit = نعم، عطّل الحساب
users-cancel = إلغاء
users-disabled-done = تم تعطيل حساب { $name }.
users-enabled-done = تم تفعيل حساب { $name }.
users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}

## Audit log.
audit-title = سجل التدقيق
audit-intro = من قام بأي إجراء، على أي عنصر، ومتى. لا يمكن تعديل القيود أو حذفها.
audit-filter-title = التصفية
audit-filter-action = الإجراء
audit-filter-entity = نوع العنصر
audit-filter-entity-id = معرّف العنصر
audit-filter-actor = البريد الإلكتروني للموظف
audit-filter-submit = تطبيق التصفية
audit-filter-clear = إزالة التصفية
audit-col-time = الوقت (UTC)
audit-col-actor = المنفِّذ
audit-col-action = الإجراء
audit-col-entity = العنصر
audit-col-detail = التفاصيل
audit-actor-system = النظام أو الموقع العام
audit-empty = لا توجد قيود تطابق هذه التصفية.
audit-older = قيود أقدم

## City settings.
settings-title = إعدادات المدينة
settings-intro = تظهر هذه البيانات على الموقع العام، وفي المستندات، وفي أداة تخطيط المواعيد.
settings-city-name = اسم المدينة
settings-inhabitants = عدد السكان
settings-newcomers = عدد القادمين الجدد في السنة (تقريبًا)
settings-desk-address = عنوان مكتب الاستقبال
settings-desk-hours = ساعات عمل المكتب
settings-desk-hours-hint = لكل يوم أوقات مثل ⁦08:00-12:00, 13:00-17:00⁩. اترك الحقل فارغًا في الأيام التي يكون فيها المكتب مغلقًا.
settings-hotline = رقم هاتف الخط الساخن
settings-hotline-hint = بالصيغة الدولية، مثلًا ⁦+46 8 123 456 00⁩.
settings-email = عنوان البريد الإلكتروني للخدمة
settings-timezone = المنطقة الزمنية
settings-timezone-hint = مثلًا Europe/Stockholm.
settings-source-language = اللغة التي يُكتب بها المحتوى أولًا
settings-submit = حفظ الإعدادات
settings-saved = تم حفظ الإعدادات.

## My account.
account-title = حسابي
account-password-title = غيّر كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-new-password-hint = ١٢ حرفًا على الأقل. عدة كلمات معًا سهلة التذكر وصعبة التخمين.
account-confirm-password = كلمة المرور الجديدة مرة أخرى
account-password-submit = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور. وتم تسجيل خروجك من جلساتك الأخرى.
settings-stale-after-days = تختفي الدورات من القائمة العامة بعد (أيام دون تحديث)
settings-stale-after-days-hint = على مقدّم الدورات تأكيد كل دورة خلال هذا العدد من الأيام، وإلا أُخفيت ووُضع المقدّم في قائمة البيانات القديمة. أيام كاملة، من 1 إلى 3650.
