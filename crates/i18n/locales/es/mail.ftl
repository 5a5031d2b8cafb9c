## Correos electrónicos para las personas recién llegadas, en su idioma. Texto sin formato, un mensaje por línea.

mail-confirmation-subject = Tu cita: { $when }
mail-reminder-subject = Recordatorio: tu cita de mañana, { $when }
mail-hello = Hola:
mail-booked = Tu conversación personal en el servicio de bienvenida está reservada.
mail-reminder = Te recordamos que mañana tienes tu conversación personal en el servicio de bienvenida.
mail-when = Cuándo: { $when }
mail-where = Dónde: { $place }, { $address }
mail-reference = Tu referencia: { $reference }
mail-link = Para ver o cancelar tu cita, abre este enlace: { $link }
mail-help = ¿Tienes preguntas? Llámanos: { $phone }
mail-signature = El servicio de bienvenida de { $city }
sms-reminder = { $city }: recordatorio de su cita mañana, { $when }, { $place }. Referencia { $reference }. Preguntas: { $phone }
