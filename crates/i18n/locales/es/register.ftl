## El registro de las personas usuarias del servicio (páginas del personal).

staff-nav-people = Personas
staff-nav-import = Importar permisos
staff-nav-privacy = Privacidad y conservación
yes = Sí
no = No

people-title = Personas
people-search-title = Buscar a una persona
people-search-name = Nombre
people-search-name-hint = En cualquier alfabeto u ortografía, en cualquier orden. También puedes buscar solo por fecha de nacimiento.
people-search-submit = Buscar
people-results = { $count ->
    [one] { $count } persona encontrada
   *[other] { $count } personas encontradas
}
people-no-results = No se encontró a nadie. Revisa la ortografía o busca por fecha de nacimiento.
people-erased = Se han borrado los datos de la persona.

people-new-title = Registrar a una persona
people-new-intro = Anota solo lo que la persona acepta. Los campos marcados como opcionales pueden quedar vacíos.
people-full-name = Nombre completo
people-full-name-hint = Tal como aparece en el documento de identidad, en cualquier alfabeto y orden.
people-latin-name = Nombre en letras latinas (opcional)
people-latin-name-hint = Solo si aparece en el documento, por ejemplo en su línea de lectura mecánica.
people-birth-date = Fecha de nacimiento
people-birth-date-hint = Si el documento solo indica el año, escribe solo el año. Por ejemplo 17 4 1990.
people-day = Día
people-month = Mes
people-year = Año
people-choose = Elige…
people-citizenship = Nacionalidad
people-languages = Idiomas que habla la persona
people-languages-hint = Primero, el idioma que prefiere. Los documentos y las cartas para la persona salen en el primero de estos idiomas que ofrece el servicio.
people-language-n = Idioma { $n }
people-permit-issued-on = Fecha de expedición del primer permiso de residencia
people-optional = (opcional)
people-date-hint = Por ejemplo 2026-11-25.
people-certificate-required = Tiene la obligación legal de obtener un certificado de idioma
people-phone = Teléfono
people-phone-hint = Formato internacional, por ejemplo +46 70 123 45 67.
people-email = Correo electrónico
people-address = Dirección
people-district = Distrito
people-consents = Consentimiento
people-consents-hint = Muestra a la persona los textos de abajo en su idioma y marca solo lo que acepta. Los textos que debe leer:
people-channel = Cómo se dio el consentimiento
people-text-language = Idioma del texto que leyó la persona
people-create = Registrar a la persona
people-create-anyway = Ninguna de estas: registrar a una persona nueva
people-duplicates-title = Puede que esta persona ya esté registrada
people-duplicates-body = Abre el registro si es la misma persona. Si es otra persona, registra a una persona nueva más abajo.

purpose-basic = Datos básicos para la orientación y los vales (obligatorio)
purpose-profile = Perfil para una mejor orientación (estudios, profesión, nivel de idioma)
purpose-share-immigration = Compartir los datos básicos con la oficina de extranjería
purpose-reminders = Recordatorios por correo electrónico o SMS
purpose-surveys = Encuestas de satisfacción y de seguimiento

consent-basic-text = El servicio de bienvenida guarda tu nombre, tu fecha de nacimiento, tu nacionalidad, tus idiomas, tu dirección y tus datos de contacto. Los usamos para darte orientación, reuniones informativas y vales para cursos de idioma. Solo los ve el personal del servicio. Puedes verlos, corregirlos o borrarlos en cualquier momento.
consent-profile-text = Puedes hablarnos de tus estudios, tu profesión, tus cualificaciones y tu nivel de idioma. Solo usamos esta información para orientarte mejor, por ejemplo, sobre el curso de idioma adecuado. Es voluntario. Puedes retirar tu consentimiento en cualquier momento, y borramos esos datos enseguida.
consent-share-immigration-text = Podemos compartir algunos datos con la oficina de extranjería, por ejemplo, cuando tu permiso de residencia depende de un examen de idioma. Son tu nombre, tu fecha de nacimiento y si has participado en la orientación y en cursos. No se comparte nada más. Puedes retirar tu consentimiento en cualquier momento.
consent-reminders-text = Podemos enviarte recordatorios de tus citas y reuniones por correo electrónico o SMS. Puedes pararlos en cualquier momento.
consent-surveys-text = Más adelante podemos preguntarte por tu satisfacción con el servicio y cómo te va después de dos años. Responder es voluntario. Puedes pararlo en cualquier momento.

channel-in-person = En persona
channel-paper = En papel
channel-phone = Por teléfono
channel-online = En línea
channel-import = Importación de la oficina de extranjería

people-done-created = Se ha registrado a la persona.
people-done-updated = Se han guardado los cambios.
people-done-consent-given = Se ha registrado el consentimiento.
people-done-consent-withdrawn = Se ha retirado el consentimiento y se han borrado los datos que dependían de él.
people-done-profile-saved = Se ha guardado el perfil.
people-done-merged = Se han fusionado los dos registros.
people-next-steps = Próximos pasos
people-next-website = Muestra a la persona el sitio web de bienvenida en { $language }.
people-basic-data = Datos básicos
people-eu-citizen = Ciudadanía de la UE, del EEE o de Suiza
people-third-country = Ciudadanía de un tercer país
people-document-language = Idioma de los documentos
people-due-next = Lo próximo pendiente
people-follow-up-due = Orientación de seguimiento a los dos años: a partir del { $date }.
people-follow-up-unknown = No se conoce la fecha del primer permiso de residencia, así que tampoco se conoce la fecha del seguimiento.
people-purpose = Finalidad
people-given = Otorgado el
people-text-version = Versión del texto
people-withdrawn-on = Retirado el { $date }
people-consent-live = Otorgado
people-withdraw = Retirar
people-give-consent = Registrar otro consentimiento
people-record-consent = Registrar el consentimiento
people-profile = Perfil
people-profile-intro = Información voluntaria que ayuda a dar una orientación adecuada.
people-profile-needs-consent = La persona no ha aceptado tener un perfil. Registra primero el consentimiento para el perfil.
people-edit-profile = Editar el perfil
people-education-level = Estudios
people-language-level = Nivel en el idioma local
people-profession = Profesión
people-qualifications = Cualificaciones que se deben reconocer
people-qualifications-hint = Por ejemplo, títulos y certificados del extranjero.
people-not-given = Sin indicar
education-none = Sin escolarización
education-primary = Educación primaria
education-secondary = Educación secundaria
education-vocational = Formación profesional
education-tertiary = Universidad o educación superior
level-a0 = Ninguno todavía
level-a1 = A1 – principiante
level-a2 = A2 – elemental
level-b1 = B1 – intermedio
level-b2 = B2 – intermedio alto
level-c1 = C1 – avanzado
level-c2 = C2 – dominio
people-rights = Derechos de protección de datos
people-export-readable = Todo lo que guardamos, como documento legible en el idioma de la persona
people-export-json = Todo lo que guardamos, como archivo JSON
people-history = Historial de este registro
people-edit-title = Corregir los datos básicos
people-save = Guardar

people-withdraw-title = ¿Retirar el consentimiento: { $purpose }?
people-withdraw-basic-body = Sin este consentimiento, el servicio no puede guardar nada. El registro de la persona se borrará enseguida: nombre, fecha de nacimiento, datos de contacto, idiomas, consentimientos y perfil. Solo quedan cifras anónimas. Esto no se puede deshacer.
people-withdraw-profile-body = Los datos del perfil (estudios, profesión, cualificaciones, nivel de idioma) se borrarán enseguida.
people-withdraw-other-body = A partir de ahora, el servicio dejará de hacer esto para la persona.
people-withdraw-confirm = Sí, retirar el consentimiento

people-merge-title = Fusionar un registro duplicado
people-merge-intro = Elige el duplicado de { $name }. Sus idiomas, consentimientos y perfil pasan a este registro y, después, se elimina el duplicado.
people-merge-candidates = Registros con un nombre parecido
people-merge-other = ID del registro duplicado
people-merge-other-hint = El ID largo al final de la dirección del duplicado.
people-merge-compare = Comparar
people-merge-keep = Se conserva
people-merge-remove = Se elimina
people-merge-body = Comprueba que los dos registros son de la misma persona. La fusión queda anotada en el registro de auditoría y no se puede deshacer.
people-merge-confirm = Sí, fusionar los registros

people-erase-title = Borrar los datos de esta persona
people-erase-body = Se borrará enseguida todo lo que identifica a la persona: nombre, fecha de nacimiento, datos de contacto, idiomas, consentimientos y perfil. Lo que la ciudad debe conservar para su contabilidad se queda, sin el nombre de la persona. Esto no se puede deshacer.
people-erase-confirm = Sí, borrar los datos

export-title = Tus datos en el servicio de bienvenida
export-intro = Esto es todo lo que el servicio de bienvenida de { $city } guarda sobre ti.
export-history = Qué se hizo con tus datos
export-rights = Puedes pedirnos en cualquier momento que corrijamos o borremos tus datos. También puedes presentar una reclamación ante la autoridad de protección de datos.

consent-texts-title = Lo que aceptas
consent-texts-intro = Por favor, lee esto. Tú decides en cada punto. El servicio de bienvenida de { $city } es gratuito, aunque no aceptes los puntos opcionales.
consent-texts-withdraw = Puedes retirar cada consentimiento en cualquier momento: en la oficina, por teléfono o por correo electrónico.

import-title = Importar permisos nuevos
import-intro = Sube el archivo de la oficina de extranjería con los primeros permisos de residencia recién expedidos. Si alguna fila tiene un problema, no se importa nada y se muestra la lista de todos los problemas. Si importas otra vez el mismo archivo, no se crean duplicados.
import-columns = Columnas (primera línea del archivo):
import-file = Archivo CSV
import-file-hint = UTF-8, separado por comas o por punto y coma. Si una celda tiene varios idiomas o consentimientos, se separan con punto y coma.
import-submit = Importar
import-done = { $created } personas registradas, { $skipped } ya estaban registradas antes.
import-problems = { $count ->
    [one] El archivo tiene { $count } problema
   *[other] El archivo tiene { $count } problemas
}
import-nothing-imported = No se ha importado nada. Corrige el archivo y vuelve a subirlo.
import-line = Línea
import-column = Columna
import-reason = Problema

records-title = Privacidad y conservación
records-intro = El registro de las actividades de tratamiento (artículo 30 del RGPD): qué datos personales guarda el servicio, por qué, con qué base jurídica, durante cuánto tiempo y quién los ve. Se genera a partir del mapa de datos del servicio.
records-retention = Plazo de conservación
records-expired = { $count ->
    [one] { $count } registro ha superado el plazo de conservación y se borrará en el proceso de esta noche.
   *[other] { $count } registros han superado el plazo de conservación y se borrarán en el proceso de esta noche.
}
records-retention-years = Años después del último contacto
records-retention-hint = Los registros se borran automáticamente este número de años después del último contacto de la persona con el servicio.
records-column = Columna
records-purpose = Finalidad
records-legal-basis = Base jurídica
records-who = Quién lo ve

## Mensajes junto a los campos de los formularios.
error-unknown-country = Elige un país de la lista
error-unknown-language = Elige un idioma de la lista
error-duplicate-language = Cada idioma solo una vez
error-too-many = Elige { $limit } como máximo
error-invalid-date = Escribe una fecha que exista
error-date-in-future = La fecha no puede ser futura
error-before-birth = Esta fecha es anterior a la fecha de nacimiento
error-not-latin = Usa solo letras latinas en este campo
error-consent-required = La persona debe aceptar los datos básicos; si no, no se puede registrar nada
error-consent-basic-required = Marque la casilla para aceptar que el servicio de bienvenida guarde sus datos básicos: sin ello no podemos registrar nada.
error-consent-modules-required = Marque la casilla para aceptar que se guarde su inscripción: sin ello no podemos inscribirle.
error-duplicate-consent = Este consentimiento ya está registrado
error-consent-missing = La persona no ha aceptado esto; registra primero el consentimiento
error-unknown-person = No hay ningún registro con este ID
error-not-csv = Sube un archivo CSV
error-not-utf8 = Guarda el archivo como texto UTF-8 y vuelve a subirlo
error-invalid-csv = Esta línea no se puede leer como CSV
error-unknown-column = No se conoce esta columna
error-missing-column = Falta esta columna
error-too-many-rows = El archivo tiene demasiadas filas; divídelo
error-wrong-number-of-fields = Esta línea tiene un número de campos distinto al de la primera línea
error-duplicate-in-file = Este ID de permiso aparece dos veces en el archivo
error-empty-file = El archivo no tiene filas

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Inscripción en módulos informativos
consent-modules-text = Para inscribirle en un módulo informativo en grupo, el servicio de bienvenida guarda su nombre, su fecha de nacimiento, sus datos de contacto y el número y la edad de sus hijos para el cuidado infantil. Los usamos para reservar su plaza o su lugar en la lista de espera, avisarle de cambios y contar su asistencia para su pasaporte de bienvenida. Los datos de contacto de una inscripción se borran 90 días después de la sesión. Puede retirar este consentimiento en cualquier momento; sus inscripciones se cancelan entonces.
