## Shared by every page: layout, dates, errors.

site-name = خدمة الترحيب
site-tagline = مساعدة للسكان الجدد في { $city }، بلغتك
skip-to-content = انتقل إلى المحتوى الرئيسي
language-switcher-label = اختر لغتك
main-navigation = القائمة الرئيسية
breadcrumbs-label = أنت هنا
footer-help-title = مساعدة وجهًا لوجه
footer-desk = مكتب الاستقبال: { $address }
footer-hotline = اتصل بنا: { $phone }
footer-email = البريد الإلكتروني: { $email }
footer-opening-hours = ساعات العمل
footer-accessibility = بيان إمكانية الوصول
footer-privacy = الخصوصية
footer-staff-login = دخول الموظفين
closed = مغلق
hours-range = { $from }–{ $to }

## Dates. date-long takes the day, the month's name and the year.
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## Error pages.
error-title-prefix = خطأ: { $title }
error-summary-title = توجد مشكلة
error-page-not-found-title = لم نجد هذه الصفحة
error-page-not-found-body = لا نستطيع أن نجد هذه الصفحة. تأكد من العنوان، أو اذهب إلى الصفحة الرئيسية.
error-page-forbidden-title = لا يمكنك فتح هذه الصفحة
error-page-forbidden-body = حسابك لا يسمح لك بالوصول إلى هذه الصفحة. إذا كنت تحتاج إليها، فاسأل المنسق المسؤول عنك.
error-page-bad-request-title = كان في الطلب شيء غير صحيح
error-page-bad-request-body = لم تستطع الصفحة أن تستخدم ما أُرسل إليها. ارجع وحاول مرة أخرى.
error-page-csrf-title = انتهت صلاحية النموذج
error-page-csrf-body = لم نرسل النموذج حفاظًا على أمانك. ارجع، ثم أعد تحميل الصفحة، ثم أرسل النموذج مرة أخرى.
error-page-too-many-title = محاولات كثيرة جدًا
error-page-too-many-body = من فضلك انتظر بضع دقائق، ثم حاول مرة أخرى.
error-page-server-title = عذرًا، توجد مشكلة في الخدمة
error-page-server-body = من فضلك حاول مرة أخرى لاحقًا. إذا كنت تحتاج إلى مساعدة الآن، فاتصل بنا أو تعال إلى مكتب الاستقبال.
error-page-conflict-title = غيّر شخص آخر هذا في الوقت نفسه
error-page-conflict-body = غيّر شخص آخر هذا قبل قليل. ارجع، ثم أعد تحميل الصفحة، ثم حاول مرة أخرى.
error-page-too-large-title = الملف أو النموذج كبير جدًا
error-page-too-large-body = أرسل ملفًا أصغر أو نصًا أقصر.
error-back-home = اذهب إلى الصفحة الرئيسية
error-reference = الرقم المرجعي: { $reference }

## Messages beside form fields. $limit is a number.
error-required = أدخل هذه المعلومات
error-too-long = يجب ألا يزيد عدد الأحرف على { $limit }
error-too-short = يجب ألا يقل عدد الأحرف عن { $limit }
error-too-small = أدخل رقمًا يساوي { $limit } أو أكثر
error-too-large = أدخل رقمًا يساوي { $limit } أو أقل
error-not-a-number = أدخل عددًا صحيحًا، مثلًا 12
error-control-characters = احذف الرموز الخاصة التي لا يمكن استخدامها هنا
error-invalid-email = أدخل عنوان بريد إلكتروني مثل name@example.org
error-invalid-choice = اختر أحد الخيارات
error-invalid-phone = أدخل رقم الهاتف بالصيغة الدولية، وابدأ بعلامة + ثم رمز البلد
error-invalid-hours = أدخل ساعات العمل بهذا الشكل: ⁦08:00-12:00, 13:00-17:00⁩
error-overlapping-hours = يجب ألا تتداخل ساعات العمل في اليوم الواحد
error-invalid-timezone = أدخل منطقة زمنية مثل Europe/Stockholm
error-invalid-language = اختر لغة
error-password-too-common = من السهل جدًا تخمين كلمة المرور هذه؛ اختر كلمة مرور أطول أو أقل شيوعًا
error-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين
error-wrong-password = كلمة المرور الحالية غير صحيحة
error-required-for-provider-role = يجب أن يُذكر اسم المؤسسة في حسابات الجهات المقدمة للدورات
error-only-for-provider-role = حسابات الجهات المقدمة للدورات وحدها هي التي تتبع مؤسسة
error-unknown-provider = لا توجد جهة مقدمة للدورات بهذا الاسم
error-email-taken = يوجد حساب آخر بعنوان البريد الإلكتروني هذا
