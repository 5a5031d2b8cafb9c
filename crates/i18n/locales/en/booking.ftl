## Newcomers book a coaching on the website. Plain words, short sentences, "you".

book-title = Book a personal talk
book-intro = A counsellor talks with you in your language. The talk is free. You need no papers to book it.
book-what = What do you need?
book-kind-start-hint = You are new in the city. We explain how things work here.
book-kind-follow-up-hint = You have lived here for about two years and have new questions.
book-kind-individual-module-hint = Help with one topic, for example having your diploma recognised.
book-language = Your language
book-language-hint = We look for a counsellor who speaks it. If nobody does, an interpreter helps by phone.
book-continue = Continue
book-back = Back
book-times-title = Choose a time
book-times-choose = Free times
book-with-interpreter = with an interpreter by phone
book-no-times = There is no free time at the moment. Please call us, we will find a time with you.
book-details-title = Your details
book-your-time = Your time: { $when }
book-choose-other = Choose another time
book-name = Your name
book-name-hint = As in your ID document, in any script.
book-birth-hint = If you only know the year, write only the year.
book-phone-hint = So that we can reach you. With the country code, for example +46 70 123 45 67.
book-email-hint = Write a phone number or an e-mail address, or both.
book-consent = Your consent
book-consent-basic = I agree (needed to book)
book-consent-reminders = Please remind me of the appointment (optional)
book-check-title = Check your answers
book-when = When
book-confirm = Book the talk
book-change = Change my answers
book-appointment-title = Your appointment
book-booked-title = Your talk is booked
book-reference = Your reference: { $reference }
book-reference-label = Reference
book-cancelled = This appointment was cancelled.
book-next-title = What happens next
book-next-body = Come to the place on time. Bring your ID document or residence permit if you have it. If you need an interpreter, we call one.
book-keep-link = Keep this page or its address: with it you can see or cancel your appointment.
book-cancel = Cancel the appointment
book-move = You can change the time:

error-phone-or-email = Write a phone number or an e-mail address, so that we can reach you
book-move-link = Choose another time
book-move-title = Choose a new time
book-move-intro = Your appointment now: { $when }. It stays booked until you have chosen a new time.
book-move-confirm = Move my appointment to this time
book-moved = Your appointment was moved. This is the new time.

## Childcare during the appointment (issue 4).
book-childcare-legend = Do you need childcare during the appointment?
book-childcare = Childcare
book-childcare-none = Not needed
