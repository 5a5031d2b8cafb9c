## E-postkön (personalens sida).

staff-nav-outbox = E-postkö
outbox-title = E-postkö
outbox-intro = Bekräftelser och påminnelser till nyanlända. Ett meddelande som inte kunde skickas skickas på nytt senare; efter åtta försök markeras det som misslyckat.
outbox-col-created = Lagt i kö
outbox-col-kind = Typ
outbox-col-to = Till
outbox-col-status = Status
outbox-col-attempts = Försök
outbox-col-error = Senaste fel
outbox-empty = Kön är tom.
mail-kind-confirmation = Bekräftelse
mail-kind-reminder = Påminnelse
mail-kind-invitation = Inbjudan
mail-status-pending = Väntar
mail-status-sent = Skickat
mail-status-failed = Misslyckat
outbox-col-channel = Kanal
