# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Спочатку йдуть курси у вашому районі, потім курси в сусідніх районах.
courses-why-near-district = Він проходить у районі { $district }, поруч із вашим районом.
districts-title = Райони
districts-link = Райони та їхні сусіди
districts-intro = Пошук курсів спочатку показує курси в районі людини, потім курси в сусідньому районі. Вкажіть тут, які райони розташовані поруч. Якщо A поруч із B, то й B поруч із A.
districts-list = Райони міста
districts-col-name = Район
districts-col-neighbours = Сусідні райони
districts-change = Змінити
districts-no-neighbours = поки немає
districts-none = Районів поки немає. Додайте перший нижче.
districts-add = Додати район
districts-edit-title = Район і сусіди
districts-back = Назад до районів
districts-neighbours-hint = Позначте кожен район поруч із цим. Цей район теж стане сусідом кожного позначеного району.
districts-no-others = Іншого району поки немає.
districts-save = Зберегти район
districts-done-created = Район додано. Тепер позначте його сусідів.
districts-done-saved = Район збережено.
districts-done-deleted = Район вилучено.
districts-delete-title = Вилучити район
districts-delete-intro = Район зникне зі списку й більше не буде сусідом жодного району. Курси збережуть назву свого району.
districts-delete = Вилучити цей район
error-district-exists = Район із такою назвою вже є
error-unknown-district = Виберіть райони зі списку
