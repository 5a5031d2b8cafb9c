## La cola de correos electrónicos (página del personal).

staff-nav-outbox = Cola de correos electrónicos
outbox-title = Cola de correos electrónicos
outbox-intro = Confirmaciones y recordatorios para las personas recién llegadas. Si un mensaje no se ha podido enviar, se vuelve a intentar más tarde; tras ocho intentos, se marca como fallido.
outbox-col-created = En cola desde
outbox-col-kind = Tipo
outbox-col-to = Para
outbox-col-status = Estado
outbox-col-attempts = Intentos
outbox-col-error = Último error
outbox-empty = La cola está vacía.
mail-kind-confirmation = Confirmación
mail-kind-reminder = Recordatorio
mail-kind-invitation = Invitación
mail-status-pending = En espera
mail-status-sent = Enviado
mail-status-failed = Fallido
outbox-col-channel = Canal
