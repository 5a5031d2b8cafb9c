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
