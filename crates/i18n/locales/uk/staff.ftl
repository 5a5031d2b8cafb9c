## Службовий розділ для працівників.

staff-title = Службовий розділ
staff-nav-home = Огляд
staff-nav-users = Облікові записи працівників
staff-nav-audit = Журнал аудиту
staff-nav-settings = Налаштування міста
staff-nav-account = Мій обліковий запис
staff-logout = Вийти
staff-signed-in-as = Ви увійшли як { $name } ({ $role })
staff-language-label = Мова службового розділу
staff-language-change = Змінити мову

role-coordinator = Координатор
role-counsellor = Консультант
role-trainer = Тренер
role-desk = Працівник приймальні
role-provider = Організатор курсів
role-clerk = Працівник міграційної служби
role-desk_lead = Керівник приймальні
role-partner_agent = Оператор партнерського кол-центру

## Вхід.
login-title = Вхід для працівників
login-email = Адреса електронної пошти
login-password = Пароль
login-submit = Увійти
login-failed = Неправильна адреса електронної пошти або пароль.
login-locked = Забагато неправильних паролів. Цей обліковий запис заблоковано на { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.
login-throttled = Забагато спроб входу з цього комп’ютера. Зачекайте кілька хвилин і спробуйте ще раз.
login-logged-out = Ви вийшли із системи.
login-expired = Ваш сеанс завершено. Увійдіть знову.

## Огляд.
staff-home-title = Огляд
staff-home-welcome = Ласкаво просимо, { $name }.
staff-home-role = Ваша роль: { $role }
staff-home-city = { $city }: населення — { $inhabitants }, нових мешканців на рік — близько { $newcomers }.

## Облікові записи працівників.
users-title = Облікові записи працівників
users-create-title = Створити обліковий запис працівника
users-name = Повне ім’я
users-email = Адреса електронної пошти
users-email-hint = З цією адресою працівник входить у систему.
users-role = Роль
users-provider = Організація — організатор курсів
users-provider-hint = Лише для облікових записів організаторів курсів: назва організації.
users-password = Початковий пароль
users-password-hint = Щонайменше 12 символів. Передайте пароль працівникові надійним способом; після входу його можна змінити.
users-ui-language = Мова службового розділу
users-create-submit = Створити обліковий запис
users-created = Обліковий запис користувача { $name } створено.
users-col-name = Ім’я
users-col-email = Ел. пошта
users-col-role = Роль
users-col-status = Статус
users-col-actions = Дії
users-status-active = Активний
users-status-disabled = Вимкнений
users-status-locked = Заблокований
users-disable = Вимкнути
users-enable = Увімкнути
users-disable-confirm-title = Вимкнути обліковий запис користувача { $name }?
users-disable-confirm-body = Сеанс користувача { $name } буде одразу завершено, і знову увійти буде неможливо. API-токени цього користувача перестануть діяти. Пізніше обліковий запис можна знову увімкнути. Цю дію записують у журнал аудиту.
users-disable-confirm-submit = Так, вимкнути обліковий запис
users-cancel = Скасувати
users-disabled-done = Обліковий запис користувача { $name } вимкнено.
users-enabled-done = Обліковий запис користувача { $name } увімкнено.
users-count = { $count ->
    [one] { $count } обліковий запис
    [few] { $count } облікові записи
    [many] { $count } облікових записів
   *[other] { $count } облікового запису
}

## Журнал аудиту.
audit-title = Журнал аудиту
audit-intro = Хто, коли і що зробив із яким об’єктом. Записи журналу не можна змінити чи видалити.
audit-filter-title = Фільтр
audit-filter-action = Дія
audit-filter-entity = Тип об’єкта
audit-filter-entity-id = ID об’єкта
audit-filter-actor = Ел. пошта працівника
audit-filter-submit = Застосувати фільтр
audit-filter-clear = Скинути фільтр
audit-col-time = Час (UTC)
audit-col-actor = Хто
audit-col-action = Дія
audit-col-entity = Об’єкт
audit-col-detail = Подробиці
audit-actor-system = Система або публічний вебсайт
audit-empty = Немає записів, які відповідають цьому фільтру.
audit-older = Давніші записи

## Налаштування міста.
settings-title = Налаштування міста
settings-intro = Ці відомості показано на публічному вебсайті, у документах і в планувальнику.
settings-city-name = Назва міста
settings-inhabitants = Населення
settings-newcomers = Нових мешканців на рік (приблизно)
settings-desk-address = Адреса приймальні
settings-desk-hours = Години роботи приймальні
settings-desk-hours-hint = Для кожного дня вкажіть час у форматі 08:00-12:00, 13:00-17:00. Якщо приймальня зачинена, залиште поле порожнім.
settings-hotline = Номер гарячої лінії
settings-hotline-hint = У міжнародному форматі, наприклад +46 8 123 456 00.
settings-email = Адреса електронної пошти служби
settings-timezone = Часовий пояс
settings-timezone-hint = Наприклад, Europe/Stockholm.
settings-source-language = Мова, якою спочатку пишуть тексти
settings-submit = Зберегти налаштування
settings-saved = Налаштування збережено.

## Мій обліковий запис.
account-title = Мій обліковий запис
account-password-title = Зміна пароля
account-current-password = Поточний пароль
account-new-password = Новий пароль
account-new-password-hint = Щонайменше 12 символів. Кілька слів поспіль легко запам’ятати і важко вгадати.
account-confirm-password = Повторіть новий пароль
account-password-submit = Змінити пароль
account-password-changed = Ваш пароль змінено. Усі Ваші інші сеанси завершено.
settings-stale-after-days = Курси зникають із відкритого списку через (днів без оновлення)
settings-stale-after-days-hint = Організатор має підтверджувати кожен курс протягом цієї кількості днів, інакше курс приховується, а організатор потрапляє до списку застарілих. Ціле число днів, від 1 до 3650.
