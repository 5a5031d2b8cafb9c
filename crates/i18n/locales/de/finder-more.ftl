# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Kurse in Ihrem Bezirk kommen zuerst, dann Kurse in den Bezirken daneben.
courses-why-near-district = Er ist in { $district }, neben Ihrem Bezirk.
districts-title = Bezirke
districts-link = Bezirke und ihre Nachbarn
districts-intro = Die Kurssuche zeigt zuerst Kurse im eigenen Bezirk der Person, dann Kurse in einem Nachbarbezirk. Geben Sie hier an, welche Bezirke nebeneinander liegen. Liegt A neben B, liegt auch B neben A.
districts-list = Die Bezirke der Stadt
districts-col-name = Bezirk
districts-col-neighbours = Nachbarbezirke
districts-change = Ändern
districts-no-neighbours = noch keine
districts-none = Noch keine Bezirke. Legen Sie unten den ersten an.
districts-add = Bezirk hinzufügen
districts-edit-title = Bezirk und Nachbarn
districts-back = Zurück zu den Bezirken
districts-neighbours-hint = Kreuzen Sie jeden Bezirk an, der neben diesem liegt. Dieser Bezirk wird dann auch Nachbar jedes angekreuzten Bezirks.
districts-no-others = Es gibt noch keinen anderen Bezirk.
districts-save = Bezirk speichern
districts-done-created = Der Bezirk wurde angelegt. Kreuzen Sie jetzt seine Nachbarn an.
districts-done-saved = Der Bezirk wurde gespeichert.
districts-done-deleted = Der Bezirk wurde entfernt.
districts-delete-title = Bezirk entfernen
districts-delete-intro = Der Bezirk verschwindet aus der Liste und ist kein Nachbar eines anderen Bezirks mehr. Kurse behalten den Namen ihres Bezirks.
districts-delete = Diesen Bezirk entfernen
error-district-exists = Es gibt schon einen Bezirk mit diesem Namen
error-unknown-district = Wählen Sie Bezirke aus der Liste
