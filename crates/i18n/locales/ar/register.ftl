## The register of service users (staff pages).

staff-nav-people = الأشخاص
staff-nav-import = استيراد التصاريح
staff-nav-privacy = الخصوصية ومدة الحفظ
yes = نعم
no = لا

people-title = الأشخاص
people-search-title = البحث عن شخص
people-search-name = الاسم
people-search-name-hint = بأي خط أو تهجئة، وبأي ترتيب. يمكنك أيضًا البحث بتاريخ الميلاد وحده.
people-search-submit = بحث
people-results = { $count ->
    [zero] لم يُعثر على أي شخص
    [one] عُثر على شخص واحد
    [two] عُثر على شخصين
    [few] عُثر على { $count } أشخاص
    [many] عُثر على { $count } شخصًا
   *[other] عُثر على { $count } شخص
}
people-no-results = لم يُعثر على أحد. تحقق من التهجئة، أو ابحث بتاريخ الميلاد.
people-erased = تم محو بيانات الشخص.

people-new-title = تسجيل شخص
people-new-intro = سجّل فقط ما يوافق عليه الشخص. يمكن ترك الحقول المعلَّمة بأنها اختيارية فارغة.
people-full-name = الاسم الكامل
people-full-name-hint = كما هو مكتوب في وثيقة الهوية، بأي خط وبأي ترتيب.
people-latin-name = الاسم بالحروف اللاتينية (اختياري)
people-latin-name-hint = فقط إذا كان مكتوبًا في الوثيقة، مثلًا في سطرها المقروء آليًا.
people-birth-date = تاريخ الميلاد
people-birth-date-hint = إذا كانت الوثيقة تُظهر السنة فقط، فأدخل السنة فقط. مثلًا ⁦17 4 1990⁩.
people-day = اليوم
people-month = الشهر
people-year = السنة
people-choose = اختر…
people-citizenship = الجنسية
people-languages = اللغات التي يتحدثها الشخص
people-languages-hint = اللغة التي يفضّلها أولًا. تصدر المستندات والرسائل الخاصة بالشخص بأول لغة من هذه اللغات تقدمها الخدمة.
people-language-n = اللغة { $n }
people-permit-issued-on = تاريخ إصدار أول تصريح إقامة
people-optional = (اختياري)
people-date-hint = مثلًا ⁦2026-11-25⁩.
people-certificate-required = مُلزَم قانونًا بالحصول على شهادة لغة
people-phone = الهاتف
people-phone-hint = بالصيغة الدولية، مثلًا ⁦+46 70 123 45 67⁩.
people-email = البريد الإلكتروني
people-address = العنوان
people-district = الحي
people-consents = الموافقة
people-consents-hint = اعرض على الشخص النصوص أدناه بلغته، وضع علامة فقط على ما يوافق عليه. النصوص التي يجب أن يقرأها:
people-channel = طريقة إعطاء الموافقة
people-text-language = لغة النص الذي قرأه الشخص
people-create = تسجيل الشخص
people-create-anyway = لا أحد من هؤلاء: تسجيل شخص جديد
people-duplicates-title = ربما يكون هذا الشخص مسجَّلًا من قبل
people-duplicates-body = افتح السجل إذا كان هو الشخص نفسه. إذا كان شخصًا آخر، فسجّل شخصًا جديدًا أدناه.

purpose-basic = البيانات الأساسية للإرشاد والقسائم (إلزامية)
purpose-profile = ملف شخصي لنصائح أفضل (التعليم، المهنة، مستوى اللغة)
purpose-share-immigration = مشاركة البيانات الأساسية مع دائرة الهجرة
purpose-reminders = تذكيرات بالبريد الإلكتروني أو برسالة نصية
purpose-surveys = استطلاعات الرضا والمتابعة

consent-basic-text = تحتفظ خدمة الترحيب باسمك وتاريخ ميلادك وجنسيتك ولغاتك وعنوانك وبيانات الاتصال بك. نستخدم هذه البيانات لنقدّم لك الإرشاد ولقاءات المعلومات وقسائم دورات اللغة. لا يراها إلا موظفو الخدمة. يمكنك أن تراها أو تصحّحها أو تحذفها في أي وقت.
consent-profile-text = يمكنك أن تخبرنا عن تعليمك ومهنتك ومؤهلاتك ومستواك في اللغة. نستخدم هذه المعلومات فقط لنقدّم لك نصائح أفضل، مثلًا دورة اللغة المناسبة لك. هذا اختياري. يمكنك أن تتراجع عن ذلك في أي وقت، وعندها نحذف هذه المعلومات فورًا.
consent-share-immigration-text = يمكننا أن نشارك مع دائرة الهجرة اسمك وتاريخ ميلادك، وهل شاركت في الإرشاد والدورات أم لا، مثلًا عندما يعتمد تصريح إقامتك على امتحان لغة. لا نشارك أي شيء آخر. يمكنك أن تتراجع عن ذلك في أي وقت.
consent-reminders-text = يمكننا أن نرسل إليك تذكيرات بمواعيدك ولقاءاتك بالبريد الإلكتروني أو برسالة نصية. يمكنك أن توقفها في أي وقت.
consent-surveys-text = يمكننا أن نسألك لاحقًا عن مدى رضاك عن الخدمة، وعن أحوالك بعد سنتين. الإجابة اختيارية. يمكنك أن توقف ذلك في أي وقت.

channel-in-person = وجهًا لوجه
channel-paper = على الورق
channel-phone = بالهاتف
channel-online = عبر الإنترنت
channel-import = استيراد من دائرة الهجرة

people-done-created = تم تسجيل الشخص.
people-done-updated = تم حفظ التغييرات.
people-done-consent-given = تم تسجيل الموافقة.
people-done-consent-withdrawn = تم سحب الموافقة، وحُذفت البيانات التي كانت تعتمد عليها.
people-done-profile-saved = تم حفظ الملف الشخصي.
people-done-merged = تم دمج السجلين.
people-next-steps = الخطوات التالية
people-next-website = اعرض على الشخص موقع الترحيب باللغة: { $language }.
people-basic-data = البيانات الأساسية
people-eu-citizen = مواطن من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا
people-third-country = مواطن من دولة ثالثة
people-document-language = لغة المستندات
people-due-next = ما يحين موعده بعد ذلك
people-follow-up-due = جلسة الإرشاد للمتابعة بعد سنتين: اعتبارًا من { $date }.
people-follow-up-unknown = تاريخ إصدار أول تصريح إقامة غير معروف، لذلك تاريخ المتابعة غير معروف أيضًا.
people-purpose = الغرض
people-given = تاريخ الإعطاء
people-text-version = إصدار النص
people-withdrawn-on = سُحبت في { $date }
people-consent-live = ممنوحة
people-withdraw = سحب
people-give-consent = تسجيل موافقة أخرى
people-record-consent = تسجيل الموافقة
people-profile = الملف الشخصي
people-profile-intro = معلومات اختيارية تساعد على تقديم نصائح مناسبة.
people-profile-needs-consent = لم يوافق الشخص على الملف الشخصي. سجّل الموافقة على الملف الشخصي أولًا.
people-edit-profile = تعديل الملف الشخصي
people-education-level = التعليم
people-language-level = المستوى في اللغة المحلية
people-profession = المهنة
people-qualifications = مؤهلات يُطلب الاعتراف بها
people-qualifications-hint = مثلًا الدبلومات والشهادات من الخارج.
people-not-given = غير مذكور
education-none = بلا تعليم مدرسي
education-primary = المدرسة الابتدائية
education-secondary = المدرسة الثانوية
education-vocational = التدريب المهني
education-tertiary = جامعة أو كلية
level-a0 = لا يوجد بعد
level-a1 = A1 – مبتدئ
level-a2 = A2 – أساسي
level-b1 = B1 – متوسط
level-b2 = B2 – فوق المتوسط
level-c1 = C1 – متقدم
level-c2 = C2 – متمكّن
people-rights = حقوق حماية البيانات
people-export-readable = كل ما نحتفظ به، كمستند مقروء بلغة الشخص
people-export-json = كل ما نحتفظ به، كملف JSON
people-history = تاريخ هذا السجل
people-edit-title = تصحيح البيانات الأساسية
people-save = حفظ

people-withdraw-title = هل تريد سحب الموافقة: { $purpose }؟
people-withdraw-basic-body = بدون هذه الموافقة لا يجوز للخدمة أن تحتفظ بأي شيء. سيُمحى سجل الشخص فورًا: الاسم وتاريخ الميلاد وبيانات الاتصال واللغات والموافقات والملف الشخصي. لا يبقى إلا أرقام مجهولة الهوية. لا يمكن التراجع عن ذلك.
people-withdraw-profile-body = ستُحذف بيانات الملف الشخصي (التعليم والمهنة والمؤهلات ومستوى اللغة) فورًا.
people-withdraw-other-body = ستتوقف الخدمة عن القيام بذلك لهذا الشخص من الآن فصاعدًا.
people-withdraw-confirm = نعم، اسحب الموافقة

people-merge-title = دمج سجل مكرر
people-merge-intro = اختر السجل المكرر لـ { $name }. تنتقل لغاته وموافقاته وملفه الشخصي إلى هذا السجل، ثم يُحذف السجل المكرر.
people-merge-candidates = سجلات بأسماء مشابهة
people-merge-other = معرّف السجل المكرر
people-merge-other-hint = المعرّف الطويل في آخر عنوان صفحة السجل المكرر.
people-merge-compare = مقارنة
people-merge-keep = يُحتفظ به
people-merge-remove = يُحذف
people-merge-body = تأكد من أن السجلين لشخص واحد. يُسجَّل الدمج في سجل التدقيق، ولا يمكن التراجع عنه.
people-merge-confirm = نعم، ادمج السجلين

people-erase-title = محو بيانات هذا الشخص
people-erase-body = سيُحذف فورًا كل ما يحدد هوية الشخص: الاسم وتاريخ الميلاد وبيانات الاتصال واللغات والموافقات والملف الشخصي. ما يجب أن تحتفظ به المدينة لحساباتها يبقى، ولكن دون اسم الشخص. لا يمكن التراجع عن ذلك.
people-erase-confirm = نعم، امحُ البيانات

export-title = بياناتك لدى خدمة الترحيب
export-intro = هذا كل ما تحتفظ به خدمة الترحيب في { $city } عنك.
export-history = ما تم فعله ببياناتك
export-rights = يمكنك أن تطلب منا تصحيح بياناتك أو حذفها في أي وقت. يمكنك أيضًا أن تقدّم شكوى إلى هيئة حماية البيانات.

consent-texts-title = ما توافق عليه
consent-texts-intro = من فضلك اقرأ. أنت تقرر في كل نقطة. خدمة الترحيب في { $city } مجانية، حتى إذا لم توافق على النقاط الاختيارية.
consent-texts-withdraw = يمكنك أن تسحب كل موافقة في أي وقت، في مكتب الاستقبال أو بالهاتف أو بالبريد الإلكتروني.

import-title = استيراد التصاريح الجديدة
import-intro = ارفع ملف تصاريح الإقامة الأولى الصادرة حديثًا من دائرة الهجرة. إذا كانت في أي سطر مشكلة، فلن يُستورد أي شيء، وستظهر قائمة بكل المشكلات. استيراد الملف نفسه مرة أخرى لا يُنشئ سجلات مكررة.
import-columns = الأعمدة (السطر الأول من الملف):
import-file = ملف CSV
import-file-hint = بترميز UTF-8، والفاصل فاصلة أو فاصلة منقوطة. إذا كانت في خلية واحدة عدة لغات أو موافقات، فبينها فاصلة منقوطة.
import-submit = استيراد
import-done = عدد الأشخاص الذين سُجّلوا: { $created }. عدد الذين كانوا مسجَّلين من قبل: { $skipped }.
import-problems = { $count ->
    [zero] لا توجد مشكلات في الملف
    [one] في الملف مشكلة واحدة
    [two] في الملف مشكلتان
    [few] في الملف { $count } مشكلات
    [many] في الملف { $count } مشكلة
   *[other] في الملف { $count } مشكلة
}
import-nothing-imported = لم يُستورد أي شيء. صحّح الملف، ثم ارفعه مرة أخرى.
import-line = السطر
import-column = العمود
import-reason = المشكلة

records-title = الخصوصية ومدة الحفظ
records-intro = سجلات أنشطة المعالجة (المادة 30 من اللائحة العامة لحماية البيانات GDPR): ما البيانات الشخصية التي تحتفظ بها الخدمة، ولماذا، وعلى أي أساس قانوني، وإلى متى، ومن يراها. تُنشأ هذه السجلات من خريطة بيانات الخدمة.
records-retention = الحد الأقصى لمدة الحفظ
records-expired = { $count ->
    [zero] لا يوجد أي سجل تجاوز الحد الأقصى لمدة الحفظ.
    [one] سجل واحد تجاوز الحد الأقصى لمدة الحفظ، وستمحوه المهمة التلقائية الليلة.
    [two] سجلان تجاوزا الحد الأقصى لمدة الحفظ، وستمحوهما المهمة التلقائية الليلة.
    [few] { $count } سجلات تجاوزت الحد الأقصى لمدة الحفظ، وستمحوها المهمة التلقائية الليلة.
    [many] { $count } سجلًا تجاوزت الحد الأقصى لمدة الحفظ، وستمحوها المهمة التلقائية الليلة.
   *[other] { $count } سجل تجاوزت الحد الأقصى لمدة الحفظ، وستمحوها المهمة التلقائية الليلة.
}
records-retention-years = عدد السنوات بعد آخر تواصل
records-retention-hint = تُمحى السجلات تلقائيًا بعد هذا العدد من السنوات من آخر تواصل للشخص مع الخدمة.
records-column = العمود
records-purpose = الغرض
records-legal-basis = الأساس القانوني
records-who = من يراها

## Messages beside form fields.
error-unknown-country = اختر بلدًا من القائمة
error-unknown-language = اختر لغة من القائمة
error-duplicate-language = كل لغة مرة واحدة فقط
error-too-many = اختر { $limit } على الأكثر
error-invalid-date = أدخل تاريخًا حقيقيًا
error-date-in-future = لا يمكن أن يكون التاريخ في المستقبل
error-before-birth = هذا التاريخ قبل تاريخ الميلاد
error-not-latin = استخدم الحروف اللاتينية فقط في هذا الحقل
error-consent-required = يجب أن يوافق الشخص على البيانات الأساسية، وإلا فلا يمكن تسجيل أي شيء
error-consent-basic-required = ضع علامة في المربع لتوافق على أن تحتفظ خدمة الترحيب ببياناتك الأساسية: بدون ذلك لا يمكننا تسجيل أي شيء.
error-consent-modules-required = ضع علامة في المربع لتوافق على الاحتفاظ بتسجيلك: بدون ذلك لا يمكننا تسجيلك.
error-duplicate-consent = هذه الموافقة مسجَّلة من قبل
error-consent-missing = لم يوافق الشخص على هذا؛ سجّل الموافقة أولًا
error-unknown-person = لا يوجد سجل بهذا المعرّف
error-not-csv = ارفع ملف CSV
error-not-utf8 = احفظ الملف كنص بترميز UTF-8، ثم ارفعه مرة أخرى
error-invalid-csv = لا يمكن قراءة هذا السطر بصيغة CSV
error-unknown-column = هذا العمود غير معروف
error-missing-column = هذا العمود مفقود
error-too-many-rows = في الملف صفوف كثيرة جدًا؛ قسّمه
error-wrong-number-of-fields = عدد الحقول في هذا السطر يختلف عن عددها في السطر الأول
error-duplicate-in-file = معرّف التصريح هذا يظهر مرتين في الملف
error-empty-file = لا توجد صفوف في الملف

# Issue 5: the consent purpose of registering for modules.
purpose-modules = التسجيل في جلسات المعلومات
consent-modules-text = لتسجيلك في جلسة معلومات جماعية، تحتفظ خدمة الترحيب باسمك وتاريخ ميلادك وبيانات الاتصال بك، وبعدد أطفالك وأعمارهم من أجل رعاية الأطفال. نستخدمها لحجز مقعدك أو مكانك في قائمة الانتظار، ولإبلاغك بأي تغيير، ولاحتساب حضورك في جواز الترحيب. تُحذف بيانات الاتصال الخاصة بالتسجيل بعد 90 يومًا من الجلسة. يمكنك سحب هذه الموافقة في أي وقت، وعندها تُلغى تسجيلاتك.
