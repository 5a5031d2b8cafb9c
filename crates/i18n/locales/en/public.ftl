## The public website, for newcomers. Plain words, short sentences, "you".

public-start-title = Welcome to { $city }
public-start-lead = Are you new in { $city }? We help you for free, in your language.
public-services-title = How we can help you
public-coaching-title = A personal talk in your language
public-coaching-body = A counsellor talks with you in your language. You learn how things work in the city: housing, work, school, health and your papers. You get the welcome brochure and your passport.
public-modules-title = Information meetings in groups
public-modules-body = Meetings of two hours about one topic, in many languages. Some are on Saturdays. Children can be looked after during the meeting.
public-desk-title = The welcome desk and the hotline
public-desk-body = Come to the desk without an appointment, or call us. We answer your questions and help you find the right office.
public-vouchers-title = Your passport and a language course voucher
public-vouchers-body = Each meeting you attend is written in your passport. After your first meeting you get a voucher that pays for a language course. The voucher is only for you.
public-where-title = Where to find us
public-desk-address = The welcome desk is at: { $address }
public-call-us = Call us
public-write-us = Write to us
public-open-now = The desk is open now.
public-closed-now = The desk is closed now.
public-opening-hours-title = Opening hours of the desk
public-no-appointment = You do not need an appointment.
public-free = Our help is free.

## Accessibility statement (EU Web Accessibility Directive 2016/2102).
a11y-title = Accessibility statement
a11y-intro = { $city } wants everyone to be able to use this website. This statement says how accessible it is.
a11y-status-title = How accessible this website is
a11y-status-body = This website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. It works without JavaScript, on small screens, with a keyboard and with screen readers, in every language we offer, including right-to-left languages.
a11y-known-issues-title = What is not yet accessible
a11y-known-issues-body = Some translations have not yet been checked by a native speaker. PDF documents may not yet be fully tagged for screen readers. If you find a problem, please tell us.
a11y-feedback-title = Tell us about a problem
a11y-feedback-body = If you cannot use part of this website, call us or write to us. We will answer within 14 days.
a11y-enforcement-title = If you are not happy with our answer
a11y-enforcement-body = You can contact the national body that supervises accessibility of public websites.
a11y-prepared = This statement was prepared on { $date }.

## Privacy.
privacy-title = Privacy
privacy-intro = We only keep the information about you that we need to help you, and only if you agree.
privacy-body = You can ask to see everything we keep about you, to correct it, or to delete it. Ask at the desk or write to us.
privacy-cookies = This website uses only the cookies it needs to keep forms safe and to keep staff logged in. It uses no tracking.
