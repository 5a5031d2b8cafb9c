## Personalens administration.

staff-title = Administration
staff-nav-home = Översikt
staff-nav-users = Personalkonton
staff-nav-audit = Granskningslogg
staff-nav-settings = Stadens inställningar
staff-nav-account = Mitt konto
staff-logout = Logga ut
staff-signed-in-as = Inloggad som { $name } ({ $role })
staff-language-label = Språk i administrationen
staff-language-change = Byt språk

role-coordinator = Samordnare
role-counsellor = Rådgivare
role-trainer = Utbildare
role-desk = Personal på välkomstkontoret
role-provider = Kursanordnare
role-clerk = Handläggare på migrationsmyndigheten
role-desk_lead = Ansvarig för välkomstkontoret
role-partner_agent = Agent på partnerns kundtjänst

## Inloggning.
login-title = Inloggning för personal
login-email = E-postadress
login-password = Lösenord
login-submit = Logga in
login-failed = E-postadressen eller lösenordet är fel.
login-locked = Kontot är låst i { $minutes } minuter efter för många felaktiga lösenord.
login-throttled = För många inloggningsförsök från den här datorn. Vänta några minuter och försök igen.
login-logged-out = Du är utloggad.
login-expired = Din session har gått ut. Logga in igen.

## Översikt.
staff-home-title = Översikt
staff-home-welcome = Välkommen, { $name }.
staff-home-role = Din roll: { $role }
staff-home-city = { $city }: { $inhabitants } invånare, cirka { $newcomers } nyanlända per år.

## Personalkonton.
users-title = Personalkonton
users-create-title = Skapa ett personalkonto
users-name = Fullständigt namn
users-email = E-postadress
users-email-hint = Personen loggar in med den här adressen.
users-role = Roll
users-provider = Kursanordnarens organisation
users-provider-hint = Bara för konton för kursanordnare: organisationens namn.
users-password = Första lösenord
users-password-hint = Minst 12 tecken. Lämna över det till personen på ett säkert sätt. Personen kan byta det efter inloggningen.
users-ui-language = Språk i administrationen
users-create-submit = Skapa konto
users-created = Kontot för { $name } har skapats.
users-col-name = Namn
users-col-email = E-post
users-col-role = Roll
users-col-status = Status
users-col-actions = Åtgärder
users-status-active = Aktivt
users-status-disabled = Inaktiverat
users-status-locked = Låst
users-disable = Inaktivera
users-enable = Aktivera
users-disable-confirm-title = Inaktivera kontot för { $name }?
users-disable-confirm-body = { $name } loggas ut direkt och kan inte längre logga in. Personens API-token slutar fungera. Du kan aktivera kontot igen senare. Detta skrivs in i granskningsloggen.
users-disable-confirm-submit = Ja, inaktivera kontot
users-cancel = Avbryt
users-disabled-done = Kontot för { $name } har inaktiverats.
users-enabled-done = Kontot för { $name } har aktiverats.
users-count = { $count ->
    [one] { $count } konto
   *[other] { $count } konton
}

## Granskningslogg.
audit-title = Granskningslogg
audit-intro = Vem gjorde vad med vilken post, och när. Händelserna i loggen kan inte ändras eller tas bort.
audit-filter-title = Filter
audit-filter-action = Åtgärd
audit-filter-entity = Typ av post
audit-filter-entity-id = Postens id
audit-filter-actor = Medarbetarens e-postadress
audit-filter-submit = Använd filter
audit-filter-clear = Rensa filter
audit-col-time = Tid (UTC)
audit-col-actor = Vem
audit-col-action = Åtgärd
audit-col-entity = Post
audit-col-detail = Detaljer
audit-actor-system = Systemet eller den offentliga webbplatsen
audit-empty = Inga händelser matchar filtret.
audit-older = Äldre händelser

## Stadens inställningar.
settings-title = Stadens inställningar
settings-intro = De här uppgifterna visas på den offentliga webbplatsen, i dokument och i planeringsverktyget.
settings-city-name = Stadens namn
settings-inhabitants = Invånare
settings-newcomers = Nyanlända per år (ungefär)
settings-desk-address = Välkomstkontorets adress
settings-desk-hours = Kontorets öppettider
settings-desk-hours-hint = För varje dag: tider som 08:00-12:00, 13:00-17:00. Lämna tomt när kontoret är stängt.
settings-hotline = Telefonlinjens nummer
settings-hotline-hint = Internationellt format, till exempel +46 8 123 456 00.
settings-email = Tjänstens e-postadress
settings-timezone = Tidszon
settings-timezone-hint = Till exempel Europe/Stockholm.
settings-source-language = Språk som innehållet skrivs på först
settings-submit = Spara inställningarna
settings-saved = Inställningarna har sparats.

## Mitt konto.
account-title = Mitt konto
account-password-title = Byt ditt lösenord
account-current-password = Nuvarande lösenord
account-new-password = Nytt lösenord
account-new-password-hint = Minst 12 tecken. Några ord tillsammans är lätta att komma ihåg och svåra att gissa.
account-confirm-password = Nytt lösenord igen
account-password-submit = Byt lösenord
account-password-changed = Ditt lösenord har bytts. Dina andra sessioner har loggats ut.
settings-stale-after-days = Kurser försvinner från den offentliga listan efter (dagar utan uppdatering)
settings-stale-after-days-hint = En anordnare måste bekräfta varje kurs inom så här många dagar, annars döljs den och anordnaren listas som inaktuell. Hela dagar, 1 till 3650.
