## Спільне для всіх сторінок: макет, дати, помилки.

site-name = Служба допомоги новим мешканцям
site-tagline = Допомога новим мешканцям міста { $city } Вашою мовою
skip-to-content = Перейти до основного вмісту
language-switcher-label = Виберіть мову
main-navigation = Головне меню
breadcrumbs-label = Ви тут
footer-help-title = Допомога на місці
footer-desk = Приймальня: { $address }
footer-hotline = Зателефонуйте нам: { $phone }
footer-email = Ел. пошта: { $email }
footer-opening-hours = Години роботи
footer-accessibility = Заява про доступність
footer-privacy = Захист даних
footer-staff-login = Вхід для працівників
closed = Зачинено
hours-range = { $from }–{ $to }

## Дати. date-long отримує день, назву місяця і рік.
date-long = { $day } { $month } { $year }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = П’ятниця
weekday-6 = Субота
weekday-7 = Неділя

## Сторінки помилок.
error-title-prefix = Помилка: { $title }
error-summary-title = Виникла проблема
error-page-not-found-title = Сторінку не знайдено
error-page-not-found-body = Ми не можемо знайти цю сторінку. Перевірте адресу або перейдіть на головну сторінку.
error-page-forbidden-title = Ви не можете відкрити цю сторінку
error-page-forbidden-body = Ваш обліковий запис не дає доступу до цієї сторінки. Якщо він Вам потрібен, зверніться до координатора.
error-page-bad-request-title = У запиті щось не так
error-page-bad-request-body = Сторінка не змогла обробити надіслані дані. Поверніться назад і спробуйте ще раз.
error-page-csrf-title = Термін дії форми минув
error-page-csrf-body = З міркувань безпеки форму не було надіслано. Поверніться назад, оновіть сторінку й надішліть форму ще раз.
error-page-too-many-title = Забагато спроб
error-page-too-many-body = Зачекайте кілька хвилин і спробуйте ще раз.
error-page-server-title = Перепрошуємо, у роботі сервісу виникла проблема
error-page-server-body = Спробуйте ще раз пізніше. Якщо Вам потрібна допомога зараз, зателефонуйте нам або приходьте до приймальні.
error-page-conflict-title = Ці дані одночасно змінив хтось інший
error-page-conflict-body = Хтось інший щойно змінив ці дані. Поверніться назад, оновіть сторінку й спробуйте ще раз.
error-page-too-large-title = Файл або форма завеликі
error-page-too-large-body = Надішліть менший файл або коротший текст.
error-back-home = Перейти на головну сторінку
error-reference = Код помилки: { $reference }

## Повідомлення біля полів форми. $limit — число.
error-required = Заповніть це поле
error-too-long = Введіть щонайбільше { $limit ->
        [one] { $limit } символ
        [few] { $limit } символи
        [many] { $limit } символів
       *[other] { $limit } символу
    }
error-too-short = Введіть щонайменше { $limit ->
        [one] { $limit } символ
        [few] { $limit } символи
        [many] { $limit } символів
       *[other] { $limit } символу
    }
error-too-small = Введіть число, не менше ніж { $limit }
error-too-large = Введіть число, не більше ніж { $limit }
error-not-a-number = Введіть ціле число, наприклад 12
error-control-characters = Видаліть спеціальні символи, які тут не можна використовувати
error-invalid-email = Введіть адресу електронної пошти, наприклад name@example.org
error-invalid-choice = Виберіть один із варіантів
error-invalid-phone = Введіть номер телефону в міжнародному форматі: спочатку + і код країни
error-invalid-hours = Введіть години роботи у форматі 08:00-12:00, 13:00-17:00
error-overlapping-hours = Години роботи в один день не повинні перетинатися
error-invalid-timezone = Введіть часовий пояс, наприклад Europe/Stockholm
error-invalid-language = Виберіть мову
error-password-too-common = Цей пароль надто легко вгадати. Виберіть довший або менш поширений пароль
error-passwords-differ = Два нові паролі не збігаються
error-wrong-password = Поточний пароль неправильний
error-required-for-provider-role = Для облікового запису організатора курсів потрібно вказати організацію
error-only-for-provider-role = Організацію можна вказати лише для облікового запису організатора курсів
error-unknown-provider = Організатора курсів із такою назвою немає
error-email-taken = Обліковий запис із цією адресою електронної пошти вже існує
