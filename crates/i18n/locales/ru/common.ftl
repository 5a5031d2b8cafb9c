## Общее для всех страниц: макет, даты, ошибки.

site-name = Служба помощи новым жителям
site-tagline = Помощь новым жителям города { $city } на Вашем языке
skip-to-content = Перейти к основному содержанию
language-switcher-label = Выберите язык
main-navigation = Главное меню
breadcrumbs-label = Вы здесь
footer-help-title = Помощь на месте
footer-desk = Приёмная: { $address }
footer-hotline = Позвоните нам: { $phone }
footer-email = Эл. почта: { $email }
footer-opening-hours = Часы работы
footer-accessibility = Заявление о доступности
footer-privacy = Защита данных
footer-staff-login = Вход для сотрудников
closed = Закрыто
hours-range = { $from }–{ $to }

## Даты. date-long получает день, название месяца и год.
date-long = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье

## Страницы ошибок.
error-title-prefix = Ошибка: { $title }
error-summary-title = Возникла проблема
error-page-not-found-title = Страница не найдена
error-page-not-found-body = Мы не можем найти эту страницу. Проверьте адрес или перейдите на главную страницу.
error-page-forbidden-title = Вы не можете открыть эту страницу
error-page-forbidden-body = У Вашей учётной записи нет доступа к этой странице. Если он Вам нужен, обратитесь к координатору.
error-page-bad-request-title = В запросе что-то не так
error-page-bad-request-body = Страница не смогла обработать отправленные данные. Вернитесь назад и попробуйте ещё раз.
error-page-csrf-title = Срок действия формы истёк
error-page-csrf-body = Для Вашей безопасности форма не была отправлена. Вернитесь назад, обновите страницу и отправьте форму ещё раз.
error-page-too-many-title = Слишком много попыток
error-page-too-many-body = Подождите несколько минут и попробуйте ещё раз.
error-page-server-title = Извините, в работе сервиса возникла проблема
error-page-server-body = Попробуйте ещё раз позже. Если Вам нужна помощь сейчас, позвоните нам или приходите в приёмную.
error-page-conflict-title = Эти данные одновременно изменил кто-то другой
error-page-conflict-body = Кто-то другой только что изменил эти данные. Вернитесь назад, обновите страницу и попробуйте ещё раз.
error-page-too-large-title = Файл или форма слишком большие
error-page-too-large-body = Отправьте файл меньшего размера или более короткий текст.
error-back-home = Перейти на главную страницу
error-reference = Код ошибки: { $reference }

## Сообщения рядом с полями формы. $limit — число.
error-required = Заполните это поле
error-too-long = Введите не более { $limit ->
        [one] { $limit } символа
        [few] { $limit } символов
        [many] { $limit } символов
       *[other] { $limit } символа
    }
error-too-short = Введите не менее { $limit ->
        [one] { $limit } символа
        [few] { $limit } символов
        [many] { $limit } символов
       *[other] { $limit } символа
    }
error-too-small = Введите число не меньше { $limit }
error-too-large = Введите число не больше { $limit }
error-not-a-number = Введите целое число, например 12
error-control-characters = Удалите специальные символы, которые здесь нельзя использовать
error-invalid-email = Введите адрес электронной почты, например name@example.org
error-invalid-choice = Выберите один из вариантов
error-invalid-phone = Введите номер телефона в международном формате: сначала + и код страны
error-invalid-hours = Введите часы работы в формате 08:00-12:00, 13:00-17:00
error-overlapping-hours = Часы работы в один день не должны пересекаться
error-invalid-timezone = Введите часовой пояс, например Europe/Stockholm
error-invalid-language = Выберите язык
error-password-too-common = Этот пароль слишком легко угадать. Выберите более длинный или менее распространённый пароль
error-passwords-differ = Два новых пароля не совпадают
error-wrong-password = Текущий пароль указан неверно
error-required-for-provider-role = Для учётной записи организатора курсов нужно указать организацию
error-only-for-provider-role = Организацию можно указать только для учётной записи организатора курсов
error-unknown-provider = Организатора курсов с таким названием нет
error-email-taken = Учётная запись с этим адресом электронной почты уже существует
