## Individual coaching (staff pages).

staff-nav-follow-ups = Сроки повторных консультаций
staff-nav-coverage = Языки по местам

coaching-appointments = Консультации
coaching-none-yet = Консультаций пока не запланировано.
coaching-book-title = Записать на консультацию
coaching-choose = Какой вид и где
coaching-kind = Вид консультации
coaching-place = Место
coaching-any-place = Любое место
coaching-show-slots = Показать свободное время
coaching-slots = Свободное время, сначала ближайшее
coaching-minutes = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
coaching-interpreter = с переводчиком по телефону
coaching-book = Записать на это время
coaching-no-slots = В ближайшие 60 дней свободного времени нет. Попробуйте другое место или другой вид консультации либо обратитесь к координатору.
coaching-cancel-title = Отменить приём
coaching-cancel-body = Это время сразу станет свободным для других. Сообщите об этом человеку на его языке.
coaching-cancel-confirm = Да, отменить приём
coaching-outcome-title = Записать итоги консультации
coaching-outcome-status = Консультация состоялась?
coaching-topics = Обсуждённые темы
coaching-topics-hint = Например, жильё, работа, здоровье, вид на жительство, школы.
coaching-handed-out = Что было выдано
coaching-handed-out-hint = Приветственная брошюра и её язык, приветственный паспорт, сведения об информационных встречах и ваучерах.
coaching-referrals = Направления
coaching-referrals-hint = Куда направили человека, например в учреждение или консультационную службу.
coaching-notes = Конфиденциальные заметки
coaching-notes-hint = Эти заметки видят только консультанты. Пишите только то, что необходимо.
coaching-childcare = На следующий приём нужен присмотр за детьми

kind-start = Первичная консультация
kind-follow-up = Повторная консультация через два года
kind-individual-module = Индивидуальная информационная встреча
kind-desk-follow-up = Повторная консультация в приёмной

status-booked = Запланирована
status-held = Состоялась
status-no-show = Неявка
status-cancelled = Отменена

people-done-booked = Консультация запланирована. Номер записи: { $reference }
people-done-cancelled = Приём отменён.
people-done-outcome = Итоги консультации записаны.

follow-ups-title = Подошёл срок повторной консультации
follow-ups-intro = Люди, чей срок проживания в течение { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    } достигнет двух лет или уже достиг и для которых не запланирована повторная консультация.
follow-ups-due = Срок с
follow-ups-invite = Пригласить
follow-ups-email-possible = можно написать по эл. почте
follow-ups-none = В этот период ни у кого не подходит срок.

coverage-title = Языки по местам и дням
coverage-intro = На каких языках говорят консультанты в каждом месте в каждый день недели. Для других языков назначается приём с переводчиком по телефону.
coverage-day = День
coverage-hours = Часы
coverage-none = Рабочие часы пока не внесены.

error-slot-taken = Это время только что заняли. Выберите другое.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Присмотр за детьми
coaching-childcare-legend = Дети, за которыми нужно присмотреть во время приёма
coaching-children-care = Присмотр за детьми: { $count } (возраст { $ages })
childcare-title = Присмотр за детьми на консультациях
childcare-intro = Приёмы, при записи на которые человек указал, что детям нужен присмотр, по дням и местам. Организуйте присмотр по этому списку; номер записи указывает на приём.
childcare-period = Период
childcare-from = С
childcare-from-hint = Например, 2026-12-24
childcare-days = Количество дней
childcare-show = Показать
childcare-day-summary = Всего детей: { $children }. Больше всего одновременно: { $most }.
childcare-col-time = Время
childcare-col-children = Дети
childcare-col-ages = Возраст
childcare-col-reference = Номер записи
childcare-none = В этот период присмотр за детьми не нужен.
