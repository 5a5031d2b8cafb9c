# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = تظهر أولاً الدورات في حيّك، ثم الدورات في الأحياء المجاورة له.
courses-why-near-district = إنها في { $district }، بجانب حيّك.
districts-title = الأحياء
districts-link = الأحياء وجيرانها
districts-intro = يعرض باحث الدورات أولاً الدورات في حيّ الشخص نفسه، ثم الدورات في حيّ مجاور. حدِّد هنا الأحياء المتجاورة. إذا كان A بجانب B فإن B بجانب A.
districts-list = أحياء المدينة
districts-col-name = الحيّ
districts-col-neighbours = الأحياء المجاورة
districts-change = تغيير
districts-no-neighbours = لا يوجد بعد
districts-none = لا توجد أحياء بعد. أضف الحيّ الأول أدناه.
districts-add = إضافة حيّ
districts-edit-title = الحيّ وجيرانه
districts-back = العودة إلى الأحياء
districts-neighbours-hint = ضع علامة على كل حيّ بجانب هذا الحيّ. يصبح هذا الحيّ أيضاً جاراً لكل حيّ تضع عليه علامة.
districts-no-others = لا يوجد حيّ آخر بعد.
districts-save = حفظ الحيّ
districts-done-created = تمت إضافة الحيّ. ضع الآن علامة على جيرانه.
districts-done-saved = تم حفظ الحيّ.
districts-done-deleted = تمت إزالة الحيّ.
districts-delete-title = إزالة الحيّ
districts-delete-intro = يخرج الحيّ من القائمة ولا يعود جاراً لأي حيّ. تحتفظ الدورات باسم حيّها.
districts-delete = إزالة هذا الحيّ
error-district-exists = يوجد حيّ بهذا الاسم من قبل
error-unknown-district = اختر الأحياء من القائمة
