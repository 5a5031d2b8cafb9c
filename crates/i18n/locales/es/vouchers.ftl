# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Este no es un número válido: compruebe la longitud y los caracteres
error-code-check-digit = Hay un error de escritura en este número: compruebe de nuevo cada carácter
error-token-malformed = Este código QR no es un pasaporte de bienvenida
error-token-forged = Este código QR es falso o ha sido alterado: no lo acepte
error-invalid-level = Elija un nivel de A1 a C2
error-level-order = El nivel más alto no puede ser inferior al más bajo
error-invalid-amount = Introduzca un importe como 150 o 150,50
error-amount-too-small = El valor debe ser de al menos un céntimo por parte
error-invalid-month = Introduzca un mes como 2026-03
error-voucher-unknown = No hay ningún vale con este código
error-voucher-check-digit = Hay un error de escritura en el código del vale: compruebe de nuevo cada carácter
error-voucher-malformed = Esto no es un código de vale: tiene 18 letras y cifras
error-voucher-expired = Este vale ha caducado
error-voucher-revoked = El ayuntamiento ha anulado este vale y no se puede usar
error-voucher-used = Esta parte del vale ya se ha usado
error-voucher-no-such-part = Este vale no tiene esa parte
error-voucher-foreign-provider = Este curso pertenece a otro proveedor
error-voucher-provider-suspended = Su organización está suspendida: ahora no se pueden canjear vales
error-voucher-provider-not-approved = Su organización no está autorizada para los vales
error-voucher-level = El vale no paga cursos de este nivel
error-voucher-start-window = El curso empieza fuera del periodo que cubre este vale
error-voucher-amount-above-remaining = El importe es mayor que lo que queda en esta parte del vale
error-voucher-id-not-checked = Confirme que ha comprobado el documento de identidad del titular

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Pasaporte de bienvenida
passport-pdf-number = Número de pasaporte
passport-pdf-holder = Titular
passport-pdf-birth-date = Fecha de nacimiento
passport-pdf-qr-alt = Código QR para comprobar este pasaporte
passport-pdf-stamps = Módulos a los que asistió
passport-pdf-date = Fecha
passport-pdf-topic = Tema
passport-pdf-language = Idioma
passport-pdf-venue = Lugar
passport-pdf-no-stamps = Todavía no hay módulos.
passport-pdf-issued = Expedido el
voucher-pdf-title = Vale para curso de idiomas
voucher-pdf-code = Código del vale
voucher-pdf-value = Valor
voucher-pdf-parts = Partes
voucher-pdf-part = Parte { $n }
voucher-pdf-valid-until = Válido hasta
voucher-pdf-levels = Niveles del curso
voucher-pdf-qr-alt = Código QR del vale
voucher-pdf-providers = Proveedores de cursos autorizados
voucher-pdf-condition-1 = Solo para cursos de idiomas de proveedores autorizados. No se canjea por dinero ni se puede dar a otra persona.
voucher-pdf-condition-2 = Traiga este vale y su documento de identidad al inscribirse.
