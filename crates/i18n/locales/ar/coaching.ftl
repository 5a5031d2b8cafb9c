## Individual coaching (staff pages).

staff-nav-follow-ups = جلسات المتابعة المستحقة
staff-nav-coverage = اللغات حسب المكان

coaching-appointments = مواعيد الإرشاد
coaching-none-yet = لم يُحجز أي موعد إرشاد بعد.
coaching-book-title = حجز موعد إرشاد
coaching-choose = النوع والمكان
coaching-kind = نوع الإرشاد
coaching-place = المكان
coaching-any-place = أي مكان
coaching-show-slots = عرض الأوقات المتاحة
coaching-slots = الأوقات المتاحة، الأقرب أولًا
coaching-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
coaching-interpreter = مع مترجم فوري عبر الهاتف
coaching-book = حجز هذا الوقت
coaching-no-slots = لا يوجد وقت متاح في الأيام الـ٦٠ القادمة. جرّب مكانًا آخر أو نوعًا آخر من الإرشاد، أو اسأل المنسّق.
coaching-cancel-title = إلغاء الموعد
coaching-cancel-body = يصبح الوقت متاحًا للآخرين فورًا. أخبر الشخص بذلك بلغته.
coaching-cancel-confirm = نعم، ألغِ الموعد
coaching-outcome-title = تسجيل جلسة الإرشاد
coaching-outcome-status = هل عُقدت جلسة الإرشاد؟
coaching-topics = المواضيع التي نوقشت
coaching-topics-hint = مثلًا السكن والعمل والصحة والإقامة والمدارس.
coaching-handed-out = ما سُلِّم إلى الشخص
coaching-handed-out-hint = كتيّب الترحيب ولغته، وجواز الترحيب، ومعلومات عن لقاءات المعلومات والقسائم.
coaching-referrals = الإحالات
coaching-referrals-hint = الجهة التي أُحيل إليها الشخص، مثلًا دائرة رسمية أو جهة تقدّم الاستشارات.
coaching-notes = ملاحظات خاصة
coaching-notes-hint = لا يرى هذه الملاحظات إلا المستشارون. اكتب فقط ما هو ضروري.
coaching-childcare = يلزم توفير رعاية للأطفال في الموعد القادم

kind-start = الإرشاد الأولي
kind-follow-up = إرشاد المتابعة بعد سنتين
kind-individual-module = لقاء معلومات فردي
kind-desk-follow-up = متابعة في مكتب الاستقبال

status-booked = محجوز
status-held = عُقد
status-no-show = لم يحضر
status-cancelled = ملغى

people-done-booked = تم حجز موعد الإرشاد. الرقم المرجعي: { $reference }
people-done-cancelled = تم إلغاء الموعد.
people-done-outcome = تم تسجيل جلسة الإرشاد.

follow-ups-title = جلسات إرشاد المتابعة المستحقة
follow-ups-intro = الأشخاص الذين تبلغ مدة إقامتهم سنتين خلال { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } أو بلغتها من قبل، وليس لهم موعد محجوز لإرشاد المتابعة.
follow-ups-due = مستحق اعتبارًا من
follow-ups-invite = الدعوة
follow-ups-email-possible = يمكن المراسلة بالبريد الإلكتروني
follow-ups-none = لا يوجد أحد يحين موعده في هذه الفترة.

coverage-title = اللغات حسب المكان واليوم
coverage-intro = اللغات التي يتحدثها المستشارون في كل مكان، في كل يوم من أيام الأسبوع. للغات الأخرى يُحجز موعد مع مترجم فوري عبر الهاتف.
coverage-day = اليوم
coverage-hours = الساعات
coverage-none = لم تُسجَّل أي ساعات عمل بعد.

error-slot-taken = حُجز هذا الوقت قبل لحظات. اختر وقتًا آخر.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = رعاية الأطفال
coaching-childcare-legend = الأطفال الذين يحتاجون إلى رعاية أثناء الموعد
coaching-children-care = رعاية الأطفال: { $count } (الأعمار { $ages })
childcare-title = رعاية الأطفال أثناء الإرشاد
childcare-intro = المواعيد التي ذكر فيها الشخص عند الحجز أن أطفالًا يحتاجون إلى رعاية أثناء الموعد، حسب اليوم والمكان. نظّموا الرعاية وفق هذه القائمة؛ الرقم المرجعي يحدد الموعد.
childcare-period = الفترة
childcare-from = من
childcare-from-hint = مثلًا 2026-12-24
childcare-days = عدد الأيام
childcare-show = عرض
childcare-day-summary = مجموع الأطفال: { $children }. أكبر عدد في الوقت نفسه: { $most }.
childcare-col-time = الوقت
childcare-col-children = الأطفال
childcare-col-ages = الأعمار
childcare-col-reference = الرقم المرجعي
childcare-none = لا حاجة إلى رعاية الأطفال في هذه الفترة.
