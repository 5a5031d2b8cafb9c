## Orientación individual (páginas del personal).

staff-nav-follow-ups = Seguimientos pendientes
staff-nav-coverage = Idiomas por lugar

coaching-appointments = Citas de orientación
coaching-none-yet = Todavía no hay ninguna orientación reservada.
coaching-book-title = Reservar una cita de orientación
coaching-choose = Tipo y lugar
coaching-kind = Tipo de orientación
coaching-place = Lugar
coaching-any-place = Cualquier lugar
coaching-show-slots = Mostrar horas libres
coaching-slots = Horas libres, primero las más próximas
coaching-minutes = { $minutes } min
coaching-interpreter = con interpretación telefónica
coaching-book = Reservar esta hora
coaching-no-slots = No hay ninguna hora libre en los próximos 60 días. Prueba con otro lugar u otro tipo, o pregunta a la persona que coordina tu equipo.
coaching-cancel-title = Cancelar la cita
coaching-cancel-body = La hora queda libre enseguida para otras personas. Avisa a la persona en su idioma.
coaching-cancel-confirm = Sí, cancelar la cita
coaching-outcome-title = Registrar la orientación
coaching-outcome-status = ¿Se realizó la orientación?
coaching-topics = Temas tratados
coaching-topics-hint = Por ejemplo, vivienda, trabajo, salud, residencia, escuelas.
coaching-handed-out = Qué se entregó
coaching-handed-out-hint = El folleto de bienvenida y su idioma, el pasaporte de bienvenida, información sobre los módulos y los vales.
coaching-referrals = Derivaciones
coaching-referrals-hint = Adónde se derivó a la persona, por ejemplo a una oficina pública o a un servicio de asesoramiento.
coaching-notes = Notas privadas
coaching-notes-hint = Solo el personal de orientación ve estas notas. Escribe solo lo necesario.
coaching-childcare = Se necesita cuidado infantil para la próxima cita

kind-start = Orientación inicial
kind-follow-up = Seguimiento a los dos años
kind-individual-module = Módulo individual
kind-desk-follow-up = Seguimiento tras una visita a la oficina de bienvenida

status-booked = Reservada
status-held = Realizada
status-no-show = No se presentó
status-cancelled = Cancelada

people-done-booked = Se ha reservado la orientación. Referencia: { $reference }
people-done-cancelled = Se ha cancelado la cita.
people-done-outcome = Se ha registrado la orientación.

follow-ups-title = Orientaciones de seguimiento pendientes
follow-ups-intro = { $days ->
    [one] Personas que cumplen dos años de residencia en un plazo de { $days } día, o que ya los han cumplido, y que no tienen reservada una orientación de seguimiento.
   *[other] Personas que cumplen dos años de residencia en un plazo de { $days } días, o que ya los han cumplido, y que no tienen reservada una orientación de seguimiento.
}
follow-ups-due = A partir de
follow-ups-invite = Invitar
follow-ups-email-possible = se puede escribir por correo electrónico
follow-ups-none = Nadie tiene un seguimiento pendiente en este periodo.

coverage-title = Idiomas por lugar y día
coverage-intro = Qué idiomas habla el personal de orientación en cada lugar, cada día de la semana. Para los demás idiomas, se reserva una cita con interpretación telefónica.
coverage-day = Día
coverage-hours = Horario
coverage-none = Todavía no hay horarios de trabajo registrados.

error-slot-taken = Alguien acaba de reservar esta hora. Elige otra.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Cuidado infantil
coaching-childcare-legend = Niños que necesitan cuidado durante la cita
coaching-children-care = Cuidado infantil: { $count } (edades { $ages })
childcare-title = Cuidado infantil en la orientación
childcare-intro = Citas en las que la persona indicó al reservar que hay niños que necesitan cuidado durante la cita, por día y lugar. Organice el cuidado con esta lista; la referencia identifica la cita.
childcare-period = Período
childcare-from = Desde
childcare-from-hint = Por ejemplo 2026-12-24
childcare-days = Número de días
childcare-show = Mostrar
childcare-day-summary = Niños en total: { $children }. Como máximo a la vez: { $most }.
childcare-col-time = Hora
childcare-col-children = Niños
childcare-col-ages = Edades
childcare-col-reference = Referencia
childcare-none = No se necesita cuidado infantil en este período.
