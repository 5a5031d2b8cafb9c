## Newcomers book a coaching on the website. Plain words, short sentences, "you".

book-title = احجز محادثة شخصية
book-intro = يتحدث معك مستشار بلغتك. المحادثة مجانية. لا تحتاج إلى أي أوراق لكي تحجزها.
book-what = ماذا تحتاج؟
book-kind-start-hint = أنت جديد في المدينة. نشرح لك كيف تسير الأمور هنا.
book-kind-follow-up-hint = تعيش هنا منذ سنتين تقريبًا، ولديك أسئلة جديدة.
book-kind-individual-module-hint = مساعدة في موضوع واحد، مثلًا الاعتراف بشهادتك الدراسية.
book-language = لغتك
book-language-hint = نبحث عن مستشار يتحدث لغتك. إذا لم نجد أحدًا، يساعدك مترجم فوري عبر الهاتف.
book-continue = متابعة
book-back = رجوع
book-times-title = اختر وقتًا
book-times-choose = الأوقات المتاحة
book-with-interpreter = مع مترجم فوري عبر الهاتف
book-no-times = لا يوجد وقت متاح الآن. من فضلك اتصل بنا. سنجد معك وقتًا مناسبًا.
book-details-title = بياناتك
book-your-time = الوقت الذي اخترته: { $when }
book-choose-other = اختر وقتًا آخر
book-name = اسمك
book-name-hint = كما هو مكتوب في وثيقة الهوية، بأي خط.
book-birth-hint = إذا كنت تعرف السنة فقط، فاكتب السنة فقط.
book-phone-hint = لكي نستطيع التواصل معك. اكتب رمز البلد أيضًا، مثلًا ⁦+46 70 123 45 67⁩.
book-email-hint = اكتب رقم هاتف أو عنوان بريد إلكتروني، أو الاثنين معًا.
book-consent = موافقتك
book-consent-basic = أوافق (هذا ضروري للحجز)
book-consent-reminders = من فضلك ذكّرني بالموعد (اختياري)
book-check-title = تحقّق من إجاباتك
book-when = الوقت
book-confirm = احجز المحادثة
book-change = غيّر إجاباتي
book-appointment-title = موعدك
book-booked-title = تم حجز محادثتك
book-reference = رقمك المرجعي: { $reference }
book-reference-label = الرقم المرجعي
book-cancelled = تم إلغاء هذا الموعد.
book-next-title = ماذا يحدث بعد ذلك
book-next-body = تعال إلى المكان في الوقت المحدد. أحضر وثيقة هويتك أو تصريح إقامتك إذا كان معك. إذا كنت تحتاج إلى مترجم فوري، فنحن نتصل بمترجم لك.
book-keep-link = احتفظ بهذه الصفحة أو بعنوانها. بها تستطيع أن ترى موعدك أو تلغيه.
book-cancel = ألغِ الموعد
book-move = يمكنك تغيير الوقت:

error-phone-or-email = اكتب رقم هاتف أو عنوان بريد إلكتروني، لكي نستطيع التواصل معك
book-move-link = اختر وقتًا آخر
book-move-title = اختر وقتًا جديدًا
book-move-intro = موعدك الآن: { $when }. يبقى محجوزًا حتى تختار وقتًا جديدًا.
book-move-confirm = انقل موعدي إلى هذا الوقت
book-moved = تم نقل موعدك. هذا هو الوقت الجديد.

## Childcare during the appointment (issue 4).
book-childcare-legend = هل تحتاج إلى رعاية لأطفالك أثناء الموعد؟
book-childcare = رعاية الأطفال
book-childcare-none = غير مطلوبة
