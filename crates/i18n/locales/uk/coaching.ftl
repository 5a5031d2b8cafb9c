## Individual coaching (staff pages).

staff-nav-follow-ups = Повторні консультації на черзі
staff-nav-coverage = Мови за місцями

coaching-appointments = Консультації
coaching-none-yet = Консультацій ще не заплановано.
coaching-book-title = Записати на консультацію
coaching-choose = Який вид і де
coaching-kind = Вид консультації
coaching-place = Місце
coaching-any-place = Будь-яке місце
coaching-show-slots = Показати вільний час
coaching-slots = Вільний час, від найближчого
coaching-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
coaching-interpreter = з телефонним перекладачем
coaching-book = Записати на цей час
coaching-no-slots = У найближчі 60 днів вільного часу немає. Спробуйте інше місце чи інший вид консультації або зверніться до координатора.
coaching-cancel-title = Скасувати прийом
coaching-cancel-body = Цей час одразу стане вільним для інших. Повідомте про це особу її мовою.
coaching-cancel-confirm = Так, скасувати прийом
coaching-outcome-title = Записати підсумки консультації
coaching-outcome-status = Чи відбулася консультація?
coaching-topics = Обговорені теми
coaching-topics-hint = Наприклад, житло, робота, здоров’я, посвідка на проживання, школи.
coaching-handed-out = Що було видано
coaching-handed-out-hint = Вітальна брошура та її мова, вітальний паспорт, відомості про інформаційні зустрічі та ваучери.
coaching-referrals = Направлення
coaching-referrals-hint = Куди особу направлено, наприклад до установи чи консультаційної служби.
coaching-notes = Конфіденційні нотатки
coaching-notes-hint = Ці нотатки бачать лише консультанти. Пишіть лише те, що потрібно.
coaching-childcare = На наступний прийом потрібен догляд за дітьми

kind-start = Початкова консультація
kind-follow-up = Повторна консультація через два роки
kind-individual-module = Індивідуальна інформаційна зустріч
kind-desk-follow-up = Повторна консультація в приймальні

status-booked = Запланована
status-held = Відбулася
status-no-show = Неявка
status-cancelled = Скасована

people-done-booked = Консультацію заплановано. Номер запису: { $reference }
people-done-cancelled = Прийом скасовано.
people-done-outcome = Підсумки консультації записано.

follow-ups-title = Повторні консультації на черзі
follow-ups-intro = Особи, які протягом { $days ->
        [one] { $days } дня
        [few] { $days } днів
        [many] { $days } днів
       *[other] { $days } дня
    } досягнуть двох років проживання або вже досягли, і для яких не заплановано повторної консультації.
follow-ups-due = Термін з
follow-ups-invite = Запросити
follow-ups-email-possible = можна написати електронною поштою
follow-ups-none = У цьому періоді на черзі нікого немає.

coverage-title = Мови за місцями й днями
coverage-intro = Якими мовами говорять консультанти в кожному місці в кожен день тижня. Для інших мов призначають прийом із телефонним перекладачем.
coverage-day = День
coverage-hours = Години
coverage-none = Робочі години ще не внесено.

error-slot-taken = Цей час щойно зайняли. Виберіть інший.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Догляд за дітьми
coaching-childcare-legend = Діти, які потребують догляду під час прийому
coaching-children-care = Догляд за дітьми: { $count } (вік { $ages })
childcare-title = Догляд за дітьми на консультаціях
childcare-intro = Прийоми, під час запису на які людина зазначила, що дітям потрібен догляд, за днями та місцями. Організуйте догляд за цим списком; номер запису вказує на прийом.
childcare-period = Період
childcare-from = З
childcare-from-hint = Наприклад, 2026-12-24
childcare-days = Кількість днів
childcare-show = Показати
childcare-day-summary = Усього дітей: { $children }. Найбільше одночасно: { $most }.
childcare-col-time = Час
childcare-col-children = Діти
childcare-col-ages = Вік
childcare-col-reference = Номер запису
childcare-none = У цей період догляд за дітьми не потрібен.
