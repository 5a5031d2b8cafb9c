## Черга електронних листів (сторінка для працівників).

staff-nav-outbox = Черга листів
outbox-title = Черга електронних листів
outbox-intro = Підтвердження й нагадування новим мешканцям. Якщо лист не вдалося надіслати, спробу повторюють пізніше; після восьми спроб його позначають як ненадісланий.
outbox-col-created = У черзі з
outbox-col-kind = Тип
outbox-col-to = Кому
outbox-col-status = Статус
outbox-col-attempts = Спроби
outbox-col-error = Остання помилка
outbox-empty = Черга порожня.
mail-kind-confirmation = Підтвердження
mail-kind-reminder = Нагадування
mail-kind-invitation = Запрошення
mail-status-pending = Очікує надсилання
mail-status-sent = Надіслано
mail-status-failed = Не надіслано
outbox-col-channel = Канал
