# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Сначала идут курсы в вашем районе, потом курсы в соседних районах.
courses-why-near-district = Он проходит в районе { $district }, рядом с вашим районом.
districts-title = Районы
districts-link = Районы и их соседи
districts-intro = Поиск курсов сначала показывает курсы в районе человека, потом курсы в соседнем районе. Укажите здесь, какие районы находятся рядом. Если A рядом с B, то и B рядом с A.
districts-list = Районы города
districts-col-name = Район
districts-col-neighbours = Соседние районы
districts-change = Изменить
districts-no-neighbours = пока нет
districts-none = Районов пока нет. Добавьте первый ниже.
districts-add = Добавить район
districts-edit-title = Район и соседи
districts-back = Назад к районам
districts-neighbours-hint = Отметьте каждый район рядом с этим. Этот район тоже станет соседом каждого отмеченного района.
districts-no-others = Другого района пока нет.
districts-save = Сохранить район
districts-done-created = Район добавлен. Теперь отметьте его соседей.
districts-done-saved = Район сохранён.
districts-done-deleted = Район удалён.
districts-delete-title = Удалить район
districts-delete-intro = Район исчезнет из списка и больше не будет соседом ни одного района. Курсы сохранят название своего района.
districts-delete = Удалить этот район
error-district-exists = Район с таким названием уже есть
error-unknown-district = Выберите районы из списка
