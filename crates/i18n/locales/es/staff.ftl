## El área interna de gestión para el personal.

staff-title = Área de gestión
staff-nav-home = Resumen
staff-nav-users = Cuentas del personal
staff-nav-audit = Registro de auditoría
staff-nav-settings = Configuración de la ciudad
staff-nav-account = Mi cuenta
staff-logout = Cerrar sesión
staff-signed-in-as = Sesión iniciada como { $name } ({ $role })
staff-language-label = Idioma del área de gestión
staff-language-change = Cambiar idioma

role-coordinator = Coordinación
role-counsellor = Orientación
role-trainer = Formación
role-desk = Atención en la oficina de bienvenida
role-provider = Entidad formadora
role-clerk = Personal de la oficina de extranjería
role-desk_lead = Responsable de la oficina de bienvenida
role-partner_agent = Agente del centro de llamadas asociado

## Inicio de sesión.
login-title = Acceso para el personal
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-failed = El correo electrónico o la contraseña no son correctos.
login-locked = Esta cuenta está bloqueada durante { $minutes } minutos por demasiados intentos con una contraseña incorrecta.
login-throttled = Demasiados intentos de inicio de sesión desde este ordenador. Espera unos minutos y vuelve a intentarlo.
login-logged-out = Has cerrado la sesión.
login-expired = Tu sesión ha caducado. Vuelve a iniciar sesión.

## Resumen.
staff-home-title = Resumen
staff-home-welcome = Te damos la bienvenida, { $name }.
staff-home-role = Tu rol: { $role }
staff-home-city = { $city }: { $inhabitants } habitantes, unas { $newcomers } personas recién llegadas al año.

## Cuentas del personal.
users-title = Cuentas del personal
users-create-title = Crear una cuenta de personal
users-name = Nombre completo
users-email = Correo electrónico
users-email-hint = La persona inicia sesión con esta dirección.
users-role = Rol
users-provider = Organización de la entidad formadora
users-provider-hint = Solo para cuentas de entidades formadoras: el nombre de la organización.
users-password = Contraseña inicial
users-password-hint = Al menos 12 caracteres. Entrégasela a la persona de forma segura; podrá cambiarla después de iniciar sesión.
users-ui-language = Idioma del área de gestión
users-create-submit = Crear cuenta
users-created = Se ha creado la cuenta de { $name }.
users-col-name = Nombre
users-col-email = Correo electrónico
users-col-role = Rol
users-col-status = Estado
users-col-actions = Acciones
users-status-active = Activa
users-status-disabled = Desactivada
users-status-locked = Bloqueada
users-disable = Desactivar
users-enable = Activar
users-disable-confirm-title = ¿Desactivar la cuenta de { $name }?
users-disable-confirm-body = La sesión de { $name } se cerrará enseguida y ya no podrá iniciar sesión. Sus tokens de API dejarán de funcionar. Puedes volver a activar la cuenta más adelante. Esto queda anotado en el registro de auditoría.
users-disable-confirm-submit = Sí, desactivar la cuenta
users-cancel = Cancelar
users-disabled-done = Se ha desactivado la cuenta de { $name }.
users-enabled-done = Se ha activado la cuenta de { $name }.
users-count = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}

## Registro de auditoría.
audit-title = Registro de auditoría
audit-intro = Quién hizo qué en cada registro, y cuándo. Las entradas no se pueden cambiar ni borrar.
audit-filter-title = Filtro
audit-filter-action = Acción
audit-filter-entity = Tipo de registro
audit-filter-entity-id = ID del registro
audit-filter-actor = Correo electrónico del personal
audit-filter-submit = Aplicar filtro
audit-filter-clear = Quitar filtro
audit-col-time = Hora (UTC)
audit-col-actor = Quién
audit-col-action = Acción
audit-col-entity = Registro
audit-col-detail = Detalle
audit-actor-system = Sistema o sitio web público
audit-empty = Ninguna entrada coincide con este filtro.
audit-older = Entradas anteriores

## Configuración de la ciudad.
settings-title = Configuración de la ciudad
settings-intro = Estos datos aparecen en el sitio web público, en los documentos y en el planificador.
settings-city-name = Nombre de la ciudad
settings-inhabitants = Habitantes
settings-newcomers = Personas recién llegadas al año (aproximadamente)
settings-desk-address = Dirección de la oficina de bienvenida
settings-desk-hours = Horario de la oficina
settings-desk-hours-hint = Para cada día, horas como 08:00-12:00, 13:00-17:00. Déjalo vacío si la oficina está cerrada.
settings-hotline = Número del teléfono de ayuda
settings-hotline-hint = Formato internacional, por ejemplo +46 8 123 456 00.
settings-email = Correo electrónico del servicio
settings-timezone = Zona horaria
settings-timezone-hint = Por ejemplo Europe/Stockholm.
settings-source-language = Idioma en el que se escribe primero el contenido
settings-submit = Guardar la configuración
settings-saved = Se ha guardado la configuración.

## Mi cuenta.
account-title = Mi cuenta
account-password-title = Cambia tu contraseña
account-current-password = Contraseña actual
account-new-password = Contraseña nueva
account-new-password-hint = Al menos 12 caracteres. Varias palabras juntas son fáciles de recordar y difíciles de adivinar.
account-confirm-password = Repite la contraseña nueva
account-password-submit = Cambiar contraseña
account-password-changed = Se ha cambiado tu contraseña. Se han cerrado tus otras sesiones.
settings-stale-after-days = Los cursos salen de la lista pública tras (días sin actualizar)
settings-stale-after-days-hint = Un proveedor debe confirmar cada curso dentro de estos días; si no, se oculta y el proveedor aparece como desactualizado. Días enteros, de 1 a 3650.
