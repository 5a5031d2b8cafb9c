# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = اول دوره‌های محلهٔ شما می‌آیند، بعد دوره‌های محله‌های کنار آن.
courses-why-near-district = در { $district } است، کنار محلهٔ شما.
districts-title = محله‌ها
districts-link = محله‌ها و همسایه‌هایشان
districts-intro = جست‌وجوگر دوره‌ها اول دوره‌های محلهٔ خود فرد را نشان می‌دهد، بعد دوره‌های یک محلهٔ همسایه را. اینجا بگویید کدام محله‌ها کنار هم هستند. اگر A کنار B باشد، B هم کنار A است.
districts-list = محله‌های شهر
districts-col-name = محله
districts-col-neighbours = محله‌های همسایه
districts-change = تغییر
districts-no-neighbours = هنوز هیچ
districts-none = هنوز محله‌ای نیست. اولین را در پایین اضافه کنید.
districts-add = افزودن محله
districts-edit-title = محله و همسایه‌ها
districts-back = بازگشت به محله‌ها
districts-neighbours-hint = هر محله‌ای را که کنار این محله است علامت بزنید. این محله هم همسایهٔ هر محلهٔ علامت‌خورده می‌شود.
districts-no-others = هنوز محلهٔ دیگری نیست.
districts-save = ذخیرهٔ محله
districts-done-created = محله اضافه شد. حالا همسایه‌هایش را علامت بزنید.
districts-done-saved = محله ذخیره شد.
districts-done-deleted = محله حذف شد.
districts-delete-title = حذف محله
districts-delete-intro = محله از فهرست بیرون می‌رود و دیگر همسایهٔ هیچ محله‌ای نیست. دوره‌ها نام محلهٔ خود را نگه می‌دارند.
districts-delete = حذف این محله
error-district-exists = محله‌ای با این نام از قبل هست
error-unknown-district = محله‌ها را از فهرست انتخاب کنید
