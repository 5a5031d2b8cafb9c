## Las personas recién llegadas reservan una orientación en el sitio web. Palabras sencillas, frases cortas, "tú".

book-title = Reservar una conversación personal
book-intro = Un orientador o una orientadora habla contigo en tu idioma. La conversación es gratis. No necesitas documentos para reservarla.
book-what = ¿Qué necesitas?
book-kind-start-hint = Acabas de llegar a la ciudad. Te explicamos cómo funcionan las cosas aquí.
book-kind-follow-up-hint = Vives aquí desde hace unos dos años y tienes nuevas preguntas.
book-kind-individual-module-hint = Ayuda con un tema, por ejemplo para que reconozcan tu título.
book-language = Tu idioma
book-language-hint = Buscamos a alguien del equipo de orientación que hable tu idioma. Si no hay nadie, te ayudamos con interpretación por teléfono.
book-continue = Continuar
book-back = Volver
book-times-title = Elige una hora
book-times-choose = Horas libres
book-with-interpreter = con interpretación telefónica
book-no-times = Ahora no hay ninguna hora libre. Por favor, llámanos. Buscamos una hora contigo.
book-details-title = Tus datos
book-your-time = Tu hora: { $when }
book-choose-other = Elige otra hora
book-name = Tu nombre
book-name-hint = Como en tu documento de identidad, en cualquier alfabeto.
book-birth-hint = Si solo sabes el año, escribe solo el año.
book-phone-hint = Para poder contactarte. Con el prefijo del país, por ejemplo +46 70 123 45 67.
book-email-hint = Escribe un número de teléfono o un correo electrónico, o los dos.
book-consent = Tu consentimiento
book-consent-basic = Acepto (necesario para reservar)
book-consent-reminders = Por favor, recuérdame la cita (opcional)
book-check-title = Revisa tus respuestas
book-when = Cuándo
book-confirm = Reservar la conversación
book-change = Cambiar mis respuestas
book-appointment-title = Tu cita
book-booked-title = Tu conversación está reservada
book-reference = Tu referencia: { $reference }
book-reference-label = Referencia
book-cancelled = Esta cita se ha cancelado.
book-next-title = Qué pasa ahora
book-next-body = Llega puntual al lugar de la cita. Trae tu documento de identidad o tu permiso de residencia, si lo tienes. Si necesitas intérprete, lo llamamos nosotros.
book-keep-link = Guarda esta página o su dirección. Con ella puedes ver o cancelar tu cita.
book-cancel = Cancelar la cita
book-move = Puede cambiar la hora:

error-phone-or-email = Escribe un número de teléfono o un correo electrónico para que podamos contactarte
book-move-link = Elegir otra hora
book-move-title = Elegir una hora nueva
book-move-intro = Su cita ahora: { $when }. Sigue reservada hasta que elija una hora nueva.
book-move-confirm = Cambiar mi cita a esta hora
book-moved = Su cita se ha cambiado. Esta es la hora nueva.

## Childcare during the appointment (issue 4).
book-childcare-legend = ¿Necesita cuidado infantil durante la cita?
book-childcare = Cuidado infantil
book-childcare-none = No es necesario
