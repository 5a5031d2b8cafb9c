## Очередь электронных писем (страница для сотрудников).

staff-nav-outbox = Очередь писем
outbox-title = Очередь электронных писем
outbox-intro = Подтверждения и напоминания новым жителям. Если письмо не удалось отправить, попытка повторяется позже; после восьми попыток письмо помечается как неотправленное.
outbox-col-created = В очереди с
outbox-col-kind = Тип
outbox-col-to = Кому
outbox-col-status = Статус
outbox-col-attempts = Попытки
outbox-col-error = Последняя ошибка
outbox-empty = Очередь пуста.
mail-kind-confirmation = Подтверждение
mail-kind-reminder = Напоминание
mail-kind-invitation = Приглашение
mail-status-pending = Ожидает отправки
mail-status-sent = Отправлено
mail-status-failed = Не отправлено
outbox-col-channel = Канал
