## The staff back office.

staff-title = Back office
staff-nav-home = Overview
staff-nav-users = Staff accounts
staff-nav-audit = Audit log
staff-nav-settings = City settings
staff-nav-account = My account
staff-logout = Log out
staff-signed-in-as = Signed in as { $name } ({ $role })
staff-language-label = Language of the back office
staff-language-change = Change language

role-coordinator = Coordinator
role-counsellor = Counsellor
role-trainer = Trainer
role-desk = Desk agent
role-provider = Course provider
role-clerk = Immigration office clerk
role-desk_lead = Desk lead
role-partner_agent = Partner call-centre agent

## Login.
login-title = Staff login
login-email = E-mail address
login-password = Password
login-submit = Log in
login-failed = The e-mail address or the password is not correct.
login-locked = This account is locked for { $minutes } minutes after too many wrong passwords.
login-throttled = Too many login attempts from this computer. Wait a few minutes and try again.
login-logged-out = You are logged out.
login-expired = Your session has ended. Log in again.

## Overview.
staff-home-title = Overview
staff-home-welcome = Welcome, { $name }.
staff-home-role = Your role: { $role }
staff-home-city = { $city }: { $inhabitants } inhabitants, about { $newcomers } newcomers a year.

## Staff accounts.
users-title = Staff accounts
users-create-title = Create a staff account
users-name = Full name
users-email = E-mail address
users-email-hint = The person logs in with this address.
users-role = Role
users-provider = Course provider organisation
users-provider-hint = Only for course provider accounts: the organisation's name.
users-password = First password
users-password-hint = At least 12 characters. Give it to the person safely; they can change it after logging in.
users-ui-language = Language of the back office
users-create-submit = Create account
users-created = The account of { $name } was created.
users-col-name = Name
users-col-email = E-mail
users-col-role = Role
users-col-status = Status
users-col-actions = Actions
users-status-active = Active
users-status-disabled = Disabled
users-status-locked = Locked
users-disable = Disable
users-enable = Enable
users-disable-confirm-title = Disable the account of { $name }?
users-disable-confirm-body = { $name } will be logged out at once and can no longer log in. Their API tokens stop working. You can enable the account again later. This is written in the audit log.
users-disable-confirm-submit = Yes, disable the account
users-cancel = Cancel
users-disabled-done = The account of { $name } was disabled.
users-enabled-done = The account of { $name } was enabled.
users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}

## Audit log.
audit-title = Audit log
audit-intro = Who did what to which record, and when. Entries cannot be changed or deleted.
audit-filter-title = Filter
audit-filter-action = Action
audit-filter-entity = Kind of record
audit-filter-entity-id = Record id
audit-filter-actor = Staff e-mail
audit-filter-submit = Apply filter
audit-filter-clear = Clear filter
audit-col-time = Time (UTC)
audit-col-actor = Who
audit-col-action = Action
audit-col-entity = Record
audit-col-detail = Detail
audit-actor-system = System or public website
audit-empty = No entries match this filter.
audit-older = Older entries

## City settings.
settings-title = City settings
settings-intro = These details appear on the public website, in documents and in the planner.
settings-city-name = Name of the city
settings-inhabitants = Inhabitants
settings-newcomers = Newcomers per year (about)
settings-desk-address = Address of the welcome desk
settings-desk-hours = Opening hours of the desk
settings-desk-hours-hint = For each day, times like 08:00-12:00, 13:00-17:00. Leave empty when closed.
settings-hotline = Hotline phone number
settings-hotline-hint = International format, for example +46 8 123 456 00.
settings-email = E-mail address of the service
settings-timezone = Time zone
settings-timezone-hint = For example Europe/Stockholm.
settings-source-language = Language the content is written in first
settings-submit = Save settings
settings-saved = The settings were saved.

## My account.
account-title = My account
account-password-title = Change your password
account-current-password = Current password
account-new-password = New password
account-new-password-hint = At least 12 characters. A few words together are easy to remember and hard to guess.
account-confirm-password = New password again
account-password-submit = Change password
account-password-changed = Your password was changed. Your other sessions were logged out.
settings-stale-after-days = Courses drop out of the public list after (days without an update)
settings-stale-after-days-hint = A provider must confirm each course within this many days, else it is hidden and the provider is listed as stale. Whole days, 1 to 3650.
