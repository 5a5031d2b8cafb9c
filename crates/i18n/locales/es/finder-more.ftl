# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Primero salen los cursos de su barrio y después los de los barrios de al lado.
courses-why-near-district = Es en { $district }, al lado de su barrio.
districts-title = Barrios
districts-link = Los barrios y sus vecinos
districts-intro = El buscador de cursos muestra primero los cursos del barrio de la persona y después los de un barrio vecino. Indique aquí qué barrios están al lado. Si A está al lado de B, B está al lado de A.
districts-list = Los barrios de la ciudad
districts-col-name = Barrio
districts-col-neighbours = Barrios vecinos
districts-change = Cambiar
districts-no-neighbours = ninguno todavía
districts-none = Todavía no hay barrios. Añada el primero abajo.
districts-add = Añadir un barrio
districts-edit-title = Barrio y vecinos
districts-back = Volver a los barrios
districts-neighbours-hint = Marque cada barrio que está al lado de este. Este barrio pasa a ser también vecino de cada barrio marcado.
districts-no-others = Todavía no hay otro barrio.
districts-save = Guardar el barrio
districts-done-created = Se ha añadido el barrio. Ahora marque sus vecinos.
districts-done-saved = Se ha guardado el barrio.
districts-done-deleted = Se ha quitado el barrio.
districts-delete-title = Quitar el barrio
districts-delete-intro = El barrio sale de la lista y deja de ser vecino de cualquier barrio. Los cursos conservan el nombre de su barrio.
districts-delete = Quitar este barrio
error-district-exists = Ya hay un barrio con este nombre
error-unknown-district = Elija barrios de la lista
