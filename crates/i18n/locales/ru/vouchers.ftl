# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Это недействительный номер: проверьте длину и символы
error-code-check-digit = В этом номере опечатка: проверьте каждый символ ещё раз
error-token-malformed = Этот QR-код не является паспортом новоприбывшего
error-token-forged = Этот QR-код подделан или изменён: не принимайте его
error-invalid-level = Выберите уровень от A1 до C2
error-level-order = Самый высокий уровень не может быть ниже самого низкого
error-invalid-amount = Введите сумму, например 150 или 150,50
error-amount-too-small = Стоимость должна быть не менее одного цента на часть
error-invalid-month = Введите месяц, например 2026-03
error-voucher-unknown = Ваучера с таким кодом нет
error-voucher-check-digit = В коде ваучера опечатка: проверьте каждый символ ещё раз
error-voucher-malformed = Это не код ваучера: в нём 18 букв и цифр
error-voucher-expired = Срок действия ваучера истёк
error-voucher-revoked = Город отозвал этот ваучер, его нельзя использовать
error-voucher-used = Эта часть ваучера уже использована
error-voucher-no-such-part = У ваучера нет такой части
error-voucher-foreign-provider = Этот курс принадлежит другому поставщику
error-voucher-provider-suspended = Ваша организация приостановлена: сейчас ваучеры нельзя погасить
error-voucher-provider-not-approved = Ваша организация не допущена к ваучерам
error-voucher-level = Ваучер не оплачивает курсы этого уровня
error-voucher-start-window = Курс начинается вне периода, который оплачивает ваучер
error-voucher-amount-above-remaining = Сумма больше остатка этой части ваучера
error-voucher-id-not-checked = Подтвердите, что вы проверили удостоверение личности владельца

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Паспорт новоприбывшего
passport-pdf-number = Номер паспорта
passport-pdf-holder = Владелец
passport-pdf-birth-date = Дата рождения
passport-pdf-qr-alt = QR-код для проверки паспорта
passport-pdf-stamps = Посещённые модули
passport-pdf-date = Дата
passport-pdf-topic = Тема
passport-pdf-language = Язык
passport-pdf-venue = Место
passport-pdf-no-stamps = Модулей пока нет.
passport-pdf-issued = Выдан
voucher-pdf-title = Ваучер на языковой курс
voucher-pdf-code = Код ваучера
voucher-pdf-value = Стоимость
voucher-pdf-parts = Части
voucher-pdf-part = Часть { $n }
voucher-pdf-valid-until = Действителен до
voucher-pdf-levels = Уровни курсов
voucher-pdf-qr-alt = QR-код ваучера
voucher-pdf-providers = Одобренные поставщики курсов
voucher-pdf-condition-1 = Только для языковых курсов одобренных поставщиков. Не обменивается на деньги и не передаётся другим.
voucher-pdf-condition-2 = Возьмите этот ваучер и удостоверение личности при записи.
