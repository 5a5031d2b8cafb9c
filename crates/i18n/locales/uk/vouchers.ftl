# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Це недійсний номер: перевірте довжину і символи
error-code-check-digit = У цьому номері є помилка: перевірте кожен символ ще раз
error-token-malformed = Цей QR-код не є паспортом новоприбулого
error-token-forged = Цей QR-код підроблений або змінений: не приймайте його
error-invalid-level = Оберіть рівень від A1 до C2
error-level-order = Найвищий рівень не може бути нижчим за найнижчий
error-invalid-amount = Введіть суму, наприклад 150 або 150,50
error-amount-too-small = Вартість має бути щонайменше один цент на частину
error-invalid-month = Введіть місяць, наприклад 2026-03
error-voucher-unknown = Ваучера з таким кодом немає
error-voucher-check-digit = У коді ваучера є помилка: перевірте кожен символ ще раз
error-voucher-malformed = Це не код ваучера: він має 18 літер і цифр
error-voucher-expired = Термін дії цього ваучера минув
error-voucher-revoked = Місто відкликало цей ваучер, його не можна використати
error-voucher-used = Цю частину ваучера вже використано
error-voucher-no-such-part = У ваучера немає такої частини
error-voucher-foreign-provider = Цей курс належить іншому постачальнику
error-voucher-provider-suspended = Вашу організацію призупинено: зараз ваучери не можна погасити
error-voucher-provider-not-approved = Ваша організація не допущена до ваучерів
error-voucher-level = Ваучер не оплачує курси цього рівня
error-voucher-start-window = Курс починається поза періодом, який оплачує цей ваучер
error-voucher-amount-above-remaining = Сума більша, ніж залишок цієї частини ваучера
error-voucher-id-not-checked = Підтвердьте, що ви перевірили посвідчення особи власника

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Паспорт новоприбулого
passport-pdf-number = Номер паспорта
passport-pdf-holder = Власник
passport-pdf-birth-date = Дата народження
passport-pdf-qr-alt = QR-код для перевірки паспорта
passport-pdf-stamps = Відвідані модулі
passport-pdf-date = Дата
passport-pdf-topic = Тема
passport-pdf-language = Мова
passport-pdf-venue = Місце
passport-pdf-no-stamps = Модулів ще немає.
passport-pdf-issued = Видано
voucher-pdf-title = Ваучер на мовний курс
voucher-pdf-code = Код ваучера
voucher-pdf-value = Вартість
voucher-pdf-parts = Частини
voucher-pdf-part = Частина { $n }
voucher-pdf-valid-until = Дійсний до
voucher-pdf-levels = Рівні курсів
voucher-pdf-qr-alt = QR-код ваучера
voucher-pdf-providers = Схвалені постачальники курсів
voucher-pdf-condition-1 = Лише для мовних курсів схвалених постачальників. Не обмінюється на гроші й не передається іншим.
voucher-pdf-condition-2 = Візьміть цей ваучер і посвідчення особи, коли записуєтеся.
