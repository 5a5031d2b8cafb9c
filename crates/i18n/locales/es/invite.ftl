## Invitaciones a la orientación de seguimiento a los dos años (correo electrónico y carta impresa
## para la persona recién llegada, en su idioma), y la página del personal que las envía.

invite-subject = Invitación: una conversación gratis sobre tus dos primeros años en { $city }
invite-hello = Hola, { $name }:
invite-body = Vives en { $city } desde hace unos dos años. Muchas preguntas aparecen solo después de un tiempo: sobre el trabajo, la escuela, la vivienda o tu permiso de residencia. Te invitamos a una conversación personal y gratuita en tu idioma.
invite-book = Reserva una hora aquí: { $url }
invite-call = O llámanos: { $phone }
invite-desk = O ven a la oficina de bienvenida, sin cita: { $address }

follow-ups-invite-all = Invitar a todas las personas de la lista
follow-ups-invite-one = Invitar
follow-ups-invited = Invitación enviada el { $date } ({ $channel })
channel-email = correo electrónico
channel-letter = carta
follow-ups-invited-email = { $count ->
    [one] Se ha invitado a { $count } persona por correo electrónico.
   *[other] Se ha invitado a { $count } personas por correo electrónico.
}
follow-ups-letters-title = Cartas de invitación para imprimir
follow-ups-letters-intro = Estas personas no tienen correo electrónico o no aceptaron recibir mensajes. Imprime las cartas y envíalas por correo postal.
follow-ups-print = Imprimir las cartas
channel-sms = SMS
follow-ups-invited-sms = { $count ->
    [one] { $count } persona fue invitada por SMS.
   *[other] { $count } personas fueron invitadas por SMS.
}
follow-ups-already = { $count ->
    [one] { $count } persona ya estaba invitada para este periodo. No se envió nada de nuevo.
   *[other] { $count } personas ya estaban invitadas para este periodo. No se envió nada de nuevo.
}
follow-ups-letters-pdf = Descargar las cartas en un solo PDF para imprimir
sms-invite = { $city }: usted vive aquí desde hace unos dos años. Le invitamos a una conversación gratuita en su idioma. Reserve: { $url } o llame al { $phone }
