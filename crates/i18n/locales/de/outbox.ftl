## Die E-Mail-Warteschlange (Seite für Mitarbeitende).

staff-nav-outbox = E-Mail-Warteschlange
outbox-title = E-Mail-Warteschlange
outbox-intro = Bestätigungen und Erinnerungen an Neuankommende. Konnte eine Nachricht nicht gesendet werden, wird es später erneut versucht; nach acht Versuchen wird sie als fehlgeschlagen markiert.
outbox-col-created = Eingereiht
outbox-col-kind = Art
outbox-col-to = An
outbox-col-status = Status
outbox-col-attempts = Versuche
outbox-col-error = Letzter Fehler
outbox-empty = Die Warteschlange ist leer.
mail-kind-confirmation = Bestätigung
mail-kind-reminder = Erinnerung
mail-kind-invitation = Einladung
mail-status-pending = Wartet
mail-status-sent = Gesendet
mail-status-failed = Fehlgeschlagen
outbox-col-channel = Kanal
