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
