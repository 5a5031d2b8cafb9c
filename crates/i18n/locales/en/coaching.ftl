## Individual coaching (staff pages).

staff-nav-follow-ups = Follow-ups due
staff-nav-coverage = Languages by place

coaching-appointments = Coaching appointments
coaching-none-yet = No coaching booked yet.
coaching-book-title = Book a coaching
coaching-choose = What kind, where
coaching-kind = Kind of coaching
coaching-place = Place
coaching-any-place = Any place
coaching-show-slots = Show free times
coaching-slots = Free times, earliest first
coaching-minutes = { $minutes } min.
coaching-interpreter = with a phone interpreter
coaching-book = Book this time
coaching-no-slots = No free time in the next 60 days. Try another place or kind, or ask the coordinator.
coaching-cancel-title = Cancel the appointment
coaching-cancel-body = The time becomes free for others at once. Tell the person, in their language.
coaching-cancel-confirm = Yes, cancel the appointment
coaching-outcome-title = Record the coaching
coaching-outcome-status = Did the coaching take place?
coaching-topics = Topics covered
coaching-topics-hint = For example housing, work, health, residence, schools.
coaching-handed-out = What was handed out
coaching-handed-out-hint = The welcome brochure and its language, the passport, information on modules and vouchers.
coaching-referrals = Referrals
coaching-referrals-hint = Where the person was sent, for example an office or an advice service.
coaching-notes = Private notes
coaching-notes-hint = Only counsellors see these notes. Write only what is needed.
coaching-childcare = Childcare is needed for the next appointment

kind-start = Start coaching
kind-follow-up = Follow-up after two years
kind-individual-module = Individual module
kind-desk-follow-up = Desk follow-up

status-booked = Booked
status-held = Took place
status-no-show = Did not come
status-cancelled = Cancelled

people-done-booked = The coaching was booked. Reference: { $reference }
people-done-cancelled = The appointment was cancelled.
people-done-outcome = The coaching was recorded.

follow-ups-title = Follow-up coaching due
follow-ups-intro = People who reach two years of residence within { $days } days, or already have, and have no follow-up coaching booked.
follow-ups-due = Due from
follow-ups-invite = Invite
follow-ups-email-possible = e-mail possible
follow-ups-none = Nobody is due in this period.

coverage-title = Languages by place and day
coverage-intro = Which languages the counsellors speak at each place, on each day of the week. For the other languages an appointment with a phone interpreter is booked.
coverage-day = Day
coverage-hours = Hours
coverage-none = No working hours are recorded yet.

error-slot-taken = This time was just taken. Choose another one.

## Childcare at coaching: the booking form and the planning list (issue 4).
staff-nav-childcare = Childcare
coaching-childcare-legend = Children needing care during the appointment
coaching-children-care = Childcare: { $count } (ages { $ages })
childcare-title = Childcare for coaching
childcare-intro = Appointments where people said at booking that children need care during the appointment, by day and place. Arrange the carers from this list; the reference identifies the appointment.
childcare-period = Period
childcare-from = From
childcare-from-hint = For example 2026-12-24
childcare-days = Number of days
childcare-show = Show
childcare-day-summary = Children in all: { $children }. Most at the same time: { $most }.
childcare-col-time = Time
childcare-col-children = Children
childcare-col-ages = Ages
childcare-col-reference = Reference
childcare-none = No childcare is needed in this period.
