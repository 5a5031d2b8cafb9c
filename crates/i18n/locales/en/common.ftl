## Shared by every page: layout, dates, errors.

site-name = Welcome service
site-tagline = Help for new residents of { $city }, in your language
skip-to-content = Skip to main content
language-switcher-label = Choose your language
main-navigation = Main navigation
breadcrumbs-label = You are here
footer-help-title = Help in person
footer-desk = Welcome desk: { $address }
footer-hotline = Call us: { $phone }
footer-email = E-mail: { $email }
footer-opening-hours = Opening hours
footer-accessibility = Accessibility statement
footer-privacy = Privacy
footer-staff-login = Staff login
closed = Closed
hours-range = { $from }–{ $to }

## Dates. date-long takes the day, the month's name and the year.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Error pages.
error-title-prefix = Error: { $title }
error-summary-title = There is a problem
error-page-not-found-title = Page not found
error-page-not-found-body = We cannot find this page. Check the address, or go to the start page.
error-page-forbidden-title = You cannot open this page
error-page-forbidden-body = Your account does not give you access to this page. Ask your coordinator if you need it.
error-page-bad-request-title = Something in the request was wrong
error-page-bad-request-body = The page could not use what was sent. Go back and try again.
error-page-csrf-title = The form has expired
error-page-csrf-body = For your safety, the form could not be sent. Go back, reload the page and send the form again.
error-page-too-many-title = Too many attempts
error-page-too-many-body = Please wait a few minutes, then try again.
error-page-server-title = Sorry, there is a problem with the service
error-page-server-body = Please try again later. If you need help now, call us or visit the welcome desk.
error-page-conflict-title = This was changed at the same time
error-page-conflict-body = Someone else changed this just now. Go back, reload the page and try again.
error-page-too-large-title = The file or form is too large
error-page-too-large-body = Send a smaller file or less text.
error-back-home = Go to the start page
error-reference = Reference: { $reference }

## Messages beside form fields. $limit is a number.
error-required = Enter this information
error-too-long = Use { $limit } characters or fewer
error-too-short = Use at least { $limit } characters
error-too-small = Enter a number of { $limit } or more
error-too-large = Enter a number of { $limit } or less
error-not-a-number = Enter a whole number, for example 12
error-control-characters = Remove the special characters that cannot be used here
error-invalid-email = Enter an e-mail address like name@example.org
error-invalid-choice = Choose one of the options
error-invalid-phone = Enter a phone number in international format, starting with + and the country code
error-invalid-hours = Enter opening hours like 08:00-12:00, 13:00-17:00
error-overlapping-hours = Opening hours on one day must not overlap
error-invalid-timezone = Enter a time zone like Europe/Stockholm
error-invalid-language = Choose a language
error-password-too-common = This password is too easy to guess; choose a longer or less common one
error-passwords-differ = The two new passwords are not the same
error-wrong-password = The current password is not correct
error-required-for-provider-role = Course provider accounts must name their organisation
error-only-for-provider-role = Only course provider accounts belong to an organisation
error-unknown-provider = There is no course provider with this name
error-email-taken = There is already an account with this e-mail address
