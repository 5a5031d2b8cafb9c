## Content (issue 7): the directory of authorities, the welcome brochure, editions,
## the leaflet. Public texts in plain words; staff texts short.

content-nav-brochure = Brochure
content-nav-directory = Directory
content-nav-leaflets = Leaflets

## The brochure's chapters (R6), as staff pages name them.
chapter-new-in-the-city = New in the city
chapter-housing = Housing
chapter-work = Work
chapter-transport = Transport
chapter-personal-and-social-affairs = Personal and social affairs
chapter-children = Children
chapter-education = Education
chapter-health = Health
chapter-integration-and-migration = Integration and migration
chapter-non-discrimination = Non-discrimination
chapter-leisure = Leisure
chapter-seniors = Seniors
chapter-emergency-help = Emergency help

## Start page additions.
content-start-brochure-title = The welcome brochure
content-start-brochure-body = Short answers about housing, work, schools, health, papers and more. Read it here or download it.
content-start-brochure-link = Read the welcome brochure
content-start-addresses-link = Addresses of offices and advice services
content-start-modules-link = See the dates of the meetings
content-start-map = Show the desk on a map

## A directory entry's contact card.
content-card-map = Map
content-card-transit = How to get there: { $how }
content-card-call = Call
content-card-write = Write
content-card-website = Website
content-card-appointment-only = Only with an appointment
content-card-no-hours = Opening hours: please call first.
content-card-languages = Languages spoken: { $languages }
content-card-step-free = Step-free access.
content-card-address-label = Address
content-card-transit-label = How to get there
content-card-phone-label = Phone
content-card-email-label = E-mail
content-card-web-label = Website
content-card-hours-label = Opening hours

## The brochure on the website.
content-brochure-title = Welcome brochure
content-brochure-lead = Everything important for your first months in { $city }, in short chapters.
content-brochure-empty = The brochure is not ready yet.
content-not-translated-short = not yet translated
content-not-translated = This text is not yet in your language. Here it is in { $language }.
content-outdated-notice = The original text has changed since this translation was made. Some details may be old. The newest text is in:
content-download-title = Download and print
content-download-current = The whole brochure as PDF
content-download-edition = Printed edition { $name } (PDF)
content-addresses-title = Addresses of offices and advice services
content-addresses-lead = Where to go, when it is open and how to get there.
content-addresses-empty = No addresses yet.
content-breadcrumb = You are here
content-chapter-nav = More chapters
content-previous-chapter = Previous chapter
content-next-chapter = Next chapter
content-readability = Readability
content-readability-easy = Easy to read
content-readability-medium = Fairly easy to read
content-readability-hard = Hard to read
content-readability-unknown = No readability measure for this language yet
content-measure-flesch = Flesch reading ease
content-measure-amstad = Flesch–Amstad
content-measure-fernandez_huerta = Fernández Huerta
content-measure-kandel_moles = Kandel–Moles
content-measure-oborneva = Oborneva
content-measure-atesman = Ateşman
content-measure-lix = LIX
content-measure-lix_unvalidated = LIX, not tested for this language
content-measure-none = no tested measure for this language
content-words-per-sentence = Words per sentence

## The directory in the back office.
content-directory-title = Directory of offices and services
content-directory-intro = Every office and advice service we send people to, kept in one place. Entries not checked for { $days } days are marked for review.
content-directory-new = Add an entry
content-directory-edit-title = Directory entry
content-field-name = Name
content-field-names = Name in each language
content-field-names-hint = The name in { $language } is required. Leave the others empty if they are the same.
content-field-slug = Short name
content-field-slug-hint = Small letters, digits and hyphens, e.g. tax-office. Texts point to the entry with it.
content-field-address = Address
content-field-transit = How to get there by public transport
content-field-phone = Phone
content-field-email = E-mail
content-field-website = Website
content-field-hours = Opening hours
content-field-hours-hint = For example 08:00-12:00, 13:00-16:00. Write "appointment" for days with appointments only. Leave empty when closed.
content-field-languages = Languages spoken
content-field-languages-hint = Language codes, e.g. en, sv, ar.
content-field-topics = Topics
content-field-topics-hint = Chapters it serves: { $chapters }
content-field-step-free = Step-free access
content-field-verified-on = Last checked on
content-actions = Actions
content-edit = Edit
content-save = Save
content-saved = Saved.
content-mark-verified = Checked today
content-review-due = Check due

## The brochure in the back office.
content-coverage-title = Brochure and translations
content-coverage-intro = Each chapter in each language. Choose a cell to write, translate or review.
content-coverage-totals = Overview
content-coverage-caption = Chapters and their translations
content-chapter = Chapter
content-language = Language
content-state = State
content-state-source = Source text
content-state-up_to_date = Up to date
content-state-outdated = Outdated
content-state-in_translation = Being translated
content-state-in_review = In review
content-state-missing = Missing
content-stage-draft = Draft
content-stage-final = Final
content-stage-discussed = Discussed with interpreters
content-stage-in_translation = Being translated
content-stage-in_review = In review
content-stage-published = Published
content-stage-default = Default for this edit
content-edit-title = { $chapter } in { $language }
content-problems-title = The text has mistakes
content-latest-version = Newest version
content-source-version = Source text
content-reviewed-on = Last reviewed on
content-move-stage = Move the newest version to
content-move-stage-submit = Change stage
content-new-version = Save a new version
content-source-hint = A change that is not minor marks every translation as outdated. Translation starts when the text is discussed with the interpreters.
content-translation-hint = The translation is made from the newest source text. It must be discussed with the interpreters first.
content-field-title = Title
content-field-body = Text
content-markup-help = ## heading, ### sub-heading, - list, 1. numbered list, **bold**, *italic*, [text](https://…), and {"{{"}dir:short-name{"}}"} alone on a line for an address card.
content-entries-available = Directory entries:
content-field-minor = Minor change (a typo)
content-field-minor-hint = Translations stay up to date.
content-field-stage = Stage
content-source-text = The source text in { $language }
content-preview = How the page looks now
content-history = Versions
content-version = Version
content-made-from = Made from source version
content-saved-at = Saved
content-minor = minor

## Editions and print planning.
content-editions-title = Printed editions
content-editions-intro = An edition freezes the brochure as it is now, in every language with its own text. Later changes do not change it.
content-edition-name = Name of the edition
content-edition-name-hint = For example 2027 spring.
content-edition-freeze = Freeze the edition
content-edition-frozen = The edition is frozen.
content-editions-list = Editions
content-pdf-download = Download (A5)
content-pdf-print = For the printer
content-pdf-print-cut = with cut marks
content-pdf-print-plain = without
content-plan-title = How many copies to print
content-plan-intro = Copies per language follow the languages of the newcomers registered recently.
content-plan-copies = Copies
content-plan-minimum = At least per language
content-plan-months = Months counted
content-plan-submit = Calculate
content-plan-newcomers = { $count } newcomers registered in the last { $months } months.
content-plan-recent = Newcomers

## Review (R16) and plain language.
content-review-title = Review and plain language
content-review-intro = Chapters and addresses should be checked every { $days } days.
content-review-days = Check every (days)
content-review-chapters = Chapters due for review
content-review-entries = Addresses due for a check
content-review-none = Nothing here.
content-mark-reviewed = Reviewed today
content-hardest-title = The hardest pages to read
content-hardest-intro = Hardest first. Shorter sentences and shorter words make a text easier.

## Leaflets (R1).
content-leaflets-title = Leaflets for the immigration office
content-leaflets-intro = One page in each language about the free coaching: where, when and how to book. Print it and give it with the residence permit.
content-leaflet-title = Free advice for new residents
content-leaflet-headline = Free advice in your language
content-leaflet-intro = Welcome to { $city }! A counsellor talks with you in your language about housing, work, school, health and your papers.
content-leaflet-where = Where
content-leaflet-when = When
content-leaflet-when-body = Monday to Friday. Book a time that suits you.
content-leaflet-book = How to book
content-leaflet-book-body = Online, by phone or at the desk.
content-leaflet-cost = Cost
content-leaflet-cost-body = Free of charge.
content-leaflet-desk = Welcome desk
content-leaflet-hotline = Hotline
content-leaflet-scan = Scan to book
content-pdf-contents = Contents
content-pdf-intro = Welcome to { $city }. This brochure gives short answers to the first questions of new residents.
content-pdf-current = Current version

## Errors of content forms.
error-invalid-slug = Use small letters, digits and hyphens (at least 2 characters).
error-slug-taken = Another entry already has this short name.
error-invalid-website = Enter a web address starting with https://.
error-markup-problems = The text has mistakes. See the list above.
error-edited-meanwhile = Someone saved a newer version meanwhile. Copy your text, reload the page and make your change again.
error-source-not-discussed = The source text must be discussed with the interpreters before it is translated.
error-no-source = Write the source text first.
error-edition-name-taken = An edition with this name already exists.
error-nothing-to-freeze = There is no published text to freeze yet.
error-markup-too-long = Line { $limit }: the text is too long.
error-markup-control-characters = Line { $limit }: remove the invisible control characters.
error-markup-heading-level-one = Line { $limit }: use ## for a heading (the page title is the chapter title).
error-markup-heading-too-deep = Line { $limit }: use ## or ### for headings.
error-markup-empty-heading = Line { $limit }: the heading has no text.
error-markup-bad-directory-slug = Line { $limit }: this is not a short name of the directory.
error-markup-unknown-placeholder = Line { $limit }: only {"{{"}dir:short-name{"}}"} is allowed in double braces.
error-markup-directory-not-alone = Line { $limit }: put the address card {"{{"}dir:…{"}}"} alone on its line.
error-markup-nested-list = Line { $limit }: lists inside lists are not possible.
error-markup-unclosed-strong = Line { $limit }: bold text needs ** at both ends.
error-markup-unclosed-emphasis = Line { $limit }: italic text needs * at both ends.
error-markup-unsafe-link = Line { $limit }: links may only go to https, http, mailto or tel addresses, or to a page of this site.
error-markup-broken-link = Line { $limit }: a link is not closed. Write [text](address).
error-markup-html-not-allowed = Line { $limit }: HTML is not allowed. Use the marks shown above the text.
content-review-articles = Knowledge-base articles past their review date
