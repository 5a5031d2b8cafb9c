## Служебный раздел для сотрудников.

staff-title = Служебный раздел
staff-nav-home = Обзор
staff-nav-users = Учётные записи сотрудников
staff-nav-audit = Журнал аудита
staff-nav-settings = Настройки города
staff-nav-account = Моя учётная запись
staff-logout = Выйти
staff-signed-in-as = Вы вошли как { $name } ({ $role })
staff-language-label = Язык служебного раздела
staff-language-change = Сменить язык

role-coordinator = Координатор
role-counsellor = Консультант
role-trainer = Тренер
role-desk = Сотрудник приёмной
role-provider = Организатор курсов
role-clerk = Сотрудник миграционной службы
role-desk_lead = Руководитель приёмной
role-partner_agent = Оператор партнёрского колл-центра

## Вход.
login-title = Вход для сотрудников
login-email = Адрес электронной почты
login-password = Пароль
login-submit = Войти
login-failed = Неверный адрес электронной почты или пароль.
login-locked = Слишком много неверных паролей. Эта учётная запись заблокирована на { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }.
login-throttled = Слишком много попыток входа с этого компьютера. Подождите несколько минут и попробуйте ещё раз.
login-logged-out = Вы вышли из системы.
login-expired = Ваш сеанс завершён. Войдите снова.

## Обзор.
staff-home-title = Обзор
staff-home-welcome = Добро пожаловать, { $name }.
staff-home-role = Ваша роль: { $role }
staff-home-city = { $city }: население — { $inhabitants }, новых жителей в год — около { $newcomers }.

## Учётные записи сотрудников.
users-title = Учётные записи сотрудников
users-create-title = Создать учётную запись сотрудника
users-name = Полное имя
users-email = Адрес электронной почты
users-email-hint = С этим адресом сотрудник входит в систему.
users-role = Роль
users-provider = Организация — организатор курсов
users-provider-hint = Только для учётных записей организаторов курсов: название организации.
users-password = Начальный пароль
users-password-hint = Не менее 12 символов. Передайте пароль сотруднику надёжным способом; после входа его можно сменить.
users-ui-language = Язык служебного раздела
users-create-submit = Создать учётную запись
users-created = Учётная запись пользователя { $name } создана.
users-col-name = Имя
users-col-email = Эл. почта
users-col-role = Роль
users-col-status = Статус
users-col-actions = Действия
users-status-active = Активна
users-status-disabled = Отключена
users-status-locked = Заблокирована
users-disable = Отключить
users-enable = Включить
users-disable-confirm-title = Отключить учётную запись пользователя { $name }?
users-disable-confirm-body = Сеанс пользователя { $name } будет сразу завершён, и войти снова будет невозможно. API-токены этого пользователя перестанут действовать. Позже учётную запись можно снова включить. Это действие записывается в журнал аудита.
users-disable-confirm-submit = Да, отключить учётную запись
users-cancel = Отмена
users-disabled-done = Учётная запись пользователя { $name } отключена.
users-enabled-done = Учётная запись пользователя { $name } включена.
users-count = { $count ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
    [many] { $count } учётных записей
   *[other] { $count } учётной записи
}

## Журнал аудита.
audit-title = Журнал аудита
audit-intro = Кто, когда и что сделал с каким объектом. Записи журнала нельзя изменить или удалить.
audit-filter-title = Фильтр
audit-filter-action = Действие
audit-filter-entity = Тип объекта
audit-filter-entity-id = ID объекта
audit-filter-actor = Эл. почта сотрудника
audit-filter-submit = Применить фильтр
audit-filter-clear = Сбросить фильтр
audit-col-time = Время (UTC)
audit-col-actor = Кто
audit-col-action = Действие
audit-col-entity = Объект
audit-col-detail = Подробности
audit-actor-system = Система или публичный сайт
audit-empty = Нет записей, соответствующих этому фильтру.
audit-older = Более ранние записи

## Настройки города.
settings-title = Настройки города
settings-intro = Эти сведения показываются на публичном сайте, в документах и в планировщике.
settings-city-name = Название города
settings-inhabitants = Население
settings-newcomers = Новых жителей в год (примерно)
settings-desk-address = Адрес приёмной
settings-desk-hours = Часы работы приёмной
settings-desk-hours-hint = Для каждого дня укажите время в формате 08:00-12:00, 13:00-17:00. Если приёмная закрыта, оставьте поле пустым.
settings-hotline = Номер горячей линии
settings-hotline-hint = В международном формате, например +46 8 123 456 00.
settings-email = Адрес электронной почты службы
settings-timezone = Часовой пояс
settings-timezone-hint = Например, Europe/Stockholm.
settings-source-language = Язык, на котором изначально пишутся тексты
settings-submit = Сохранить настройки
settings-saved = Настройки сохранены.

## Моя учётная запись.
account-title = Моя учётная запись
account-password-title = Смена пароля
account-current-password = Текущий пароль
account-new-password = Новый пароль
account-new-password-hint = Не менее 12 символов. Несколько слов подряд легко запомнить и трудно угадать.
account-confirm-password = Повторите новый пароль
account-password-submit = Сменить пароль
account-password-changed = Ваш пароль изменён. Все Ваши другие сеансы завершены.
settings-stale-after-days = Курсы исчезают из открытого списка через (дней без обновления)
settings-stale-after-days-hint = Организатор должен подтверждать каждый курс в течение этого числа дней, иначе курс скрывается, а организатор попадает в список устаревших. Целое число дней, от 1 до 3650.
