## Común a todas las páginas: estructura, fechas, errores.

site-name = Servicio de bienvenida
site-tagline = Ayuda para las personas recién llegadas a { $city }, en tu idioma
skip-to-content = Ir al contenido principal
language-switcher-label = Elige tu idioma
main-navigation = Navegación principal
breadcrumbs-label = Estás aquí
footer-help-title = Ayuda en persona
footer-desk = Oficina de bienvenida: { $address }
footer-hotline = Llámanos: { $phone }
footer-email = Correo electrónico: { $email }
footer-opening-hours = Horario de atención
footer-accessibility = Declaración de accesibilidad
footer-privacy = Privacidad
footer-staff-login = Acceso para el personal
closed = Cerrado
hours-range = { $from }–{ $to }

## Fechas. date-long recibe el día, el nombre del mes y el año.
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miércoles
weekday-4 = Jueves
weekday-5 = Viernes
weekday-6 = Sábado
weekday-7 = Domingo

## Páginas de error.
error-title-prefix = Error: { $title }
error-summary-title = Hay un problema
error-page-not-found-title = No encontramos la página
error-page-not-found-body = No encontramos esta página. Revisa la dirección o ve a la página de inicio.
error-page-forbidden-title = No puedes abrir esta página
error-page-forbidden-body = Tu cuenta no te da acceso a esta página. Si la necesitas, pregunta a la persona que coordina tu equipo.
error-page-bad-request-title = Algo de la solicitud no era correcto
error-page-bad-request-body = La página no pudo usar lo que se envió. Vuelve atrás e inténtalo de nuevo.
error-page-csrf-title = El formulario ha caducado
error-page-csrf-body = Por tu seguridad, no se pudo enviar el formulario. Vuelve atrás, recarga la página y envía el formulario otra vez.
error-page-too-many-title = Demasiados intentos
error-page-too-many-body = Espera unos minutos. Después, inténtalo de nuevo.
error-page-server-title = Lo sentimos, hay un problema con el servicio
error-page-server-body = Inténtalo de nuevo más tarde. ¿Necesitas ayuda ahora? Llámanos o ven a la oficina de bienvenida.
error-page-conflict-title = Otra persona cambió esto al mismo tiempo
error-page-conflict-body = Otra persona acaba de cambiar esto. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-page-too-large-title = El archivo o el formulario es demasiado grande
error-page-too-large-body = Envía un archivo más pequeño o menos texto.
error-back-home = Ir a la página de inicio
error-reference = Referencia: { $reference }

## Mensajes junto a los campos de los formularios. $limit es un número.
error-required = Completa este campo
error-too-long = Usa { $limit } caracteres como máximo
error-too-short = Usa al menos { $limit } caracteres
error-too-small = Escribe un número igual o mayor que { $limit }
error-too-large = Escribe un número igual o menor que { $limit }
error-not-a-number = Escribe un número entero, por ejemplo 12
error-control-characters = Quita los caracteres especiales que no se pueden usar aquí
error-invalid-email = Escribe un correo electrónico como nombre@example.org
error-invalid-choice = Elige una de las opciones
error-invalid-phone = Escribe un número de teléfono en formato internacional, que empiece por + y el prefijo del país
error-invalid-hours = Escribe el horario así: 08:00-12:00, 13:00-17:00
error-overlapping-hours = Los horarios de un mismo día no pueden coincidir
error-invalid-timezone = Escribe una zona horaria como Europe/Stockholm
error-invalid-language = Elige un idioma
error-password-too-common = Esta contraseña es demasiado fácil de adivinar; elige una más larga o menos común
error-passwords-differ = Las dos contraseñas nuevas no son iguales
error-wrong-password = La contraseña actual no es correcta
error-required-for-provider-role = Las cuentas de entidades formadoras deben indicar su organización
error-only-for-provider-role = Solo las cuentas de entidades formadoras pertenecen a una organización
error-unknown-provider = No hay ninguna entidad formadora con este nombre
error-email-taken = Ya hay una cuenta con este correo electrónico
