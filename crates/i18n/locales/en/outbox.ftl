## The e-mail queue (staff page).

staff-nav-outbox = E-mail queue
outbox-title = E-mail queue
outbox-intro = Confirmations and reminders to newcomers. A message that could not be sent is tried again later; after eight attempts it is marked as failed.
outbox-col-created = Queued
outbox-col-kind = Kind
outbox-col-to = To
outbox-col-status = Status
outbox-col-attempts = Attempts
outbox-col-error = Last error
outbox-empty = The queue is empty.
mail-kind-confirmation = Confirmation
mail-kind-reminder = Reminder
mail-kind-invitation = Invitation
mail-status-pending = Waiting
mail-status-sent = Sent
mail-status-failed = Failed
outbox-col-channel = Channel
