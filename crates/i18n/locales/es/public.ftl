## El sitio web público, para personas recién llegadas. Palabras sencillas, frases cortas, "tú".

public-start-title = Te damos la bienvenida a { $city }
public-start-lead = ¿Acabas de llegar a { $city }? Te ayudamos gratis y en tu idioma.
public-services-title = Cómo te podemos ayudar
public-coaching-title = Una conversación personal en tu idioma
public-coaching-body = Un orientador o una orientadora habla contigo en tu idioma. Aprendes cómo funcionan las cosas en la ciudad: vivienda, trabajo, escuela, salud y tus documentos. Recibes el folleto de bienvenida y tu pasaporte de bienvenida.
public-modules-title = Reuniones informativas en grupo
public-modules-body = Son reuniones de dos horas sobre un tema. Hay reuniones en muchos idiomas. Algunas son los sábados. Durante la reunión, podemos cuidar a tus hijos.
public-desk-title = La oficina de bienvenida y el teléfono de ayuda
public-desk-body = Ven a la oficina sin cita o llámanos. Respondemos a tus preguntas. Te ayudamos a encontrar la oficina pública que necesitas.
public-vouchers-title = Tu pasaporte de bienvenida y un vale para un curso de idioma
public-vouchers-body = Cada reunión a la que vas queda anotada en tu pasaporte. Después de tu primera reunión, recibes un vale. El vale paga un curso de idioma. El vale es solo para ti.
public-where-title = Dónde estamos
public-desk-address = La oficina de bienvenida está en: { $address }
public-call-us = Llámanos
public-write-us = Escríbenos
public-open-now = La oficina está abierta ahora.
public-closed-now = La oficina está cerrada ahora.
public-opening-hours-title = Horario de la oficina
public-no-appointment = No necesitas cita previa.
public-free = Nuestra ayuda es gratis.

## Declaración de accesibilidad (Directiva (UE) 2016/2102 sobre la accesibilidad de los sitios web).
a11y-title = Declaración de accesibilidad
a11y-intro = { $city } quiere que todas las personas puedan usar este sitio web. Esta declaración explica cómo de accesible es.
a11y-status-title = Nivel de accesibilidad de este sitio web
a11y-status-body = Este sitio web quiere cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, nivel AA. Funciona sin JavaScript, en pantallas pequeñas, con teclado y con lectores de pantalla. Funciona así en todos nuestros idiomas, también en los que se escriben de derecha a izquierda.
a11y-known-issues-title = Lo que todavía no es accesible
a11y-known-issues-body = Algunas traducciones todavía no las ha revisado una persona nativa. Es posible que los documentos PDF aún no estén bien preparados para lectores de pantalla. Si encuentras un problema, dínoslo.
a11y-feedback-title = Cuéntanos un problema
a11y-feedback-body = ¿No puedes usar una parte de este sitio web? Llámanos o escríbenos. Te respondemos en un plazo de 14 días.
a11y-enforcement-title = Si no estás de acuerdo con nuestra respuesta
a11y-enforcement-body = Puedes ponerte en contacto con el organismo nacional que supervisa la accesibilidad de los sitios web públicos.
a11y-prepared = Esta declaración se preparó el { $date }.

## Privacidad.
privacy-title = Privacidad
privacy-intro = Solo guardamos los datos sobre ti que necesitamos para ayudarte. Y solo si estás de acuerdo.
privacy-body = Puedes pedirnos ver todo lo que guardamos sobre ti. También puedes pedirnos corregirlo o borrarlo. Pregunta en la oficina o escríbenos.
privacy-cookies = Este sitio web solo usa las cookies necesarias para proteger los formularios y mantener abierta la sesión del personal. No te sigue ni te rastrea.
