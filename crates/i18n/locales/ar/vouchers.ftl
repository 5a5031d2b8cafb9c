# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = هذا ليس رقمًا صالحًا: تحقق من الطول والأحرف
error-code-check-digit = يوجد خطأ مطبعي في هذا الرقم: تحقق من كل حرف مرة أخرى
error-token-malformed = رمز QR هذا ليس جواز ترحيب
error-token-forged = رمز QR هذا مزوّر أو معدّل: لا تقبله
error-invalid-level = اختر مستوى من A1 إلى C2
error-level-order = يجب ألا يكون المستوى الأعلى أقل من المستوى الأدنى
error-invalid-amount = أدخل مبلغًا مثل 150 أو 150.50
error-amount-too-small = يجب أن تكون القيمة سنتًا واحدًا على الأقل لكل جزء
error-invalid-month = أدخل شهرًا مثل 2026-03
error-voucher-unknown = لا توجد قسيمة بهذا الرمز
error-voucher-check-digit = يوجد خطأ مطبعي في رمز القسيمة: تحقق من كل حرف مرة أخرى
error-voucher-malformed = هذا ليس رمز قسيمة: يتكون من 18 حرفًا ورقمًا
error-voucher-expired = انتهت صلاحية هذه القسيمة
error-voucher-revoked = ألغت المدينة هذه القسيمة ولا يمكن استخدامها
error-voucher-used = تم استخدام هذا الجزء من القسيمة من قبل
error-voucher-no-such-part = لا يوجد في هذه القسيمة جزء كهذا
error-voucher-foreign-provider = هذه الدورة تابعة لمقدّم آخر
error-voucher-provider-suspended = مؤسستك موقوفة: لا يمكن صرف القسائم حاليًا
error-voucher-provider-not-approved = مؤسستك غير معتمدة للقسائم
error-voucher-level = القسيمة لا تغطي دورات هذا المستوى
error-voucher-start-window = تبدأ الدورة خارج الفترة التي تغطيها هذه القسيمة
error-voucher-amount-above-remaining = المبلغ أعلى مما تبقى في هذا الجزء من القسيمة
error-voucher-id-not-checked = أكّد أنك تحققت من بطاقة هوية حامل القسيمة

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = جواز الترحيب
passport-pdf-number = رقم الجواز
passport-pdf-holder = الحامل
passport-pdf-birth-date = تاريخ الميلاد
passport-pdf-qr-alt = رمز QR للتحقق من هذا الجواز
passport-pdf-stamps = الوحدات التي حضرتها
passport-pdf-date = التاريخ
passport-pdf-topic = الموضوع
passport-pdf-language = اللغة
passport-pdf-venue = المكان
passport-pdf-no-stamps = لا توجد وحدات بعد.
passport-pdf-issued = تاريخ الإصدار
voucher-pdf-title = قسيمة دورة لغة
voucher-pdf-code = رمز القسيمة
voucher-pdf-value = القيمة
voucher-pdf-parts = الأجزاء
voucher-pdf-part = الجزء { $n }
voucher-pdf-valid-until = صالحة حتى
voucher-pdf-levels = مستويات الدورة
voucher-pdf-qr-alt = رمز QR للقسيمة
voucher-pdf-providers = مقدّمو الدورات المعتمدون
voucher-pdf-condition-1 = فقط لدورات اللغة لدى المقدّمين المعتمدين. لا تُصرف نقدًا ولا يمكن إعطاؤها لشخص آخر.
voucher-pdf-condition-2 = أحضر هذه القسيمة وبطاقة هويتك عند التسجيل.
