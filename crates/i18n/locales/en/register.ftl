## The register of service users (staff pages).

staff-nav-people = People
staff-nav-import = Import permits
staff-nav-privacy = Privacy and retention
yes = Yes
no = No

people-title = People
people-search-title = Find a person
people-search-name = Name
people-search-name-hint = In any script or spelling, in any order. You can also search by date of birth only.
people-search-submit = Search
people-results = { $count ->
    [one] { $count } person found
   *[other] { $count } people found
}
people-no-results = Nobody found. Check the spelling or search by date of birth.
people-erased = The person's data was erased.

people-new-title = Register a person
people-new-intro = Record only what the person agrees to. Fields marked optional can stay empty.
people-full-name = Full name
people-full-name-hint = As written in the ID document, in any script and order.
people-latin-name = Name in Latin letters (optional)
people-latin-name-hint = Only if the document shows it, for example in its machine-readable line.
people-birth-date = Date of birth
people-birth-date-hint = If the document shows only the year, enter only the year. For example 17 4 1990.
people-day = Day
people-month = Month
people-year = Year
people-choose = Choose…
people-citizenship = Citizenship
people-languages = Languages the person speaks
people-languages-hint = The language they prefer first. Documents and letters for the person come out in the first language the service offers.
people-language-n = Language { $n }
people-permit-issued-on = Date the first residence permit was issued
people-optional = (optional)
people-date-hint = For example 2026-11-25.
people-certificate-required = Legally required to obtain a language certificate
people-phone = Phone
people-phone-hint = International format, for example +46 70 123 45 67.
people-email = E-mail
people-address = Address
people-district = District
people-consents = Consent
people-consents-hint = Show the person the texts below in their language and tick only what they agree to. The texts to read:
people-channel = How the consent was given
people-text-language = Language of the text the person read
people-create = Register the person
people-create-anyway = None of these: register a new person
people-duplicates-title = This person may already be registered
people-duplicates-body = Open the record if it is the same person. If it is someone else, register a new person below.

purpose-basic = Basic data for coaching and vouchers (required)
purpose-profile = Profile for better advice (education, profession, language level)
purpose-share-immigration = Sharing basic data with the immigration office
purpose-reminders = Reminders by e-mail or text message
purpose-surveys = Satisfaction and follow-up surveys

consent-basic-text = The welcome service keeps your name, date of birth, citizenship, languages, address and contact details. We use them to give you coaching, information meetings and language-course vouchers. Only the service's staff see them. You can see, correct or delete them at any time.
consent-profile-text = You can tell us about your education, your profession, your qualifications and your language level. We use this only to give you better advice, for example the right language course. It is voluntary. You can take it back at any time, and we delete it at once.
consent-share-immigration-text = We may share your name, date of birth and whether you took part in coaching and courses with the immigration office, for example when your permit depends on a language exam. Nothing else is shared. You can take this back at any time.
consent-reminders-text = We may send you reminders of your appointments and meetings by e-mail or text message. You can stop them at any time.
consent-surveys-text = We may ask you later how satisfied you are with the service, and how you are doing after two years. Answering is voluntary. You can stop this at any time.

channel-in-person = In person
channel-paper = On paper
channel-phone = By phone
channel-online = Online
channel-import = Immigration office import

people-done-created = The person was registered.
people-done-updated = The changes were saved.
people-done-consent-given = The consent was recorded.
people-done-consent-withdrawn = The consent was withdrawn and the data that depended on it was deleted.
people-done-profile-saved = The profile was saved.
people-done-merged = The two records were merged.
people-next-steps = Next steps
people-next-website = Show the person the welcome website in { $language }.
people-basic-data = Basic data
people-eu-citizen = EU, EEA or Swiss citizen
people-third-country = Third-country citizen
people-document-language = Language of documents
people-due-next = What is due next
people-follow-up-due = Follow-up coaching after two years: from { $date }.
people-follow-up-unknown = The date of the first residence permit is not known, so the follow-up date is not known either.
people-purpose = Purpose
people-given = Given on
people-text-version = Text version
people-withdrawn-on = Withdrawn on { $date }
people-consent-live = Given
people-withdraw = Withdraw
people-give-consent = Record another consent
people-record-consent = Record consent
people-profile = Profile
people-profile-intro = Voluntary information that helps to give fitting advice.
people-profile-needs-consent = The person has not agreed to a profile. Record the profile consent first.
people-edit-profile = Edit the profile
people-education-level = Education
people-language-level = Level in the local language
people-profession = Profession
people-qualifications = Qualifications to be recognised
people-qualifications-hint = For example diplomas and certificates from abroad.
people-not-given = Not given
education-none = No school education
education-primary = Primary school
education-secondary = Secondary school
education-vocational = Vocational training
education-tertiary = University or college
level-a0 = None yet
level-a1 = A1 – beginner
level-a2 = A2 – elementary
level-b1 = B1 – intermediate
level-b2 = B2 – upper intermediate
level-c1 = C1 – advanced
level-c2 = C2 – proficient
people-rights = Data-protection rights
people-export-readable = Everything we hold, as a readable document in the person's language
people-export-json = Everything we hold, as a JSON file
people-history = History of this record
people-edit-title = Correct the basic data
people-save = Save

people-withdraw-title = Withdraw the consent: { $purpose }?
people-withdraw-basic-body = Without this consent the service may keep nothing. The person's record will be erased at once: name, date of birth, contact details, languages, consents and profile. Only anonymous figures stay. This cannot be undone.
people-withdraw-profile-body = The profile data (education, profession, qualifications, language level) will be deleted at once.
people-withdraw-other-body = The service will stop doing this for the person from now on.
people-withdraw-confirm = Yes, withdraw the consent

people-merge-title = Merge a duplicate record
people-merge-intro = Choose the duplicate of { $name }. Its languages, consents and profile move to this record, then the duplicate is removed.
people-merge-candidates = Records with a similar name
people-merge-other = Id of the duplicate record
people-merge-other-hint = The long id at the end of the duplicate's address.
people-merge-compare = Compare
people-merge-keep = Keep
people-merge-remove = Remove
people-merge-body = Check that both records are the same person. The merge is written in the audit log and cannot be undone.
people-merge-confirm = Yes, merge the records

people-erase-title = Erase this person's data
people-erase-body = Everything that identifies the person will be deleted at once: name, date of birth, contact details, languages, consents and profile. What the city must keep for its accounts stays, without the person's name. This cannot be undone.
people-erase-confirm = Yes, erase the data

export-title = Your data at the welcome service
export-intro = This is everything { $city }'s welcome service keeps about you.
export-history = What was done with your data
export-rights = You can ask us to correct or delete your data at any time. You can also complain to the data protection authority.

consent-texts-title = What you agree to
consent-texts-intro = Please read. You decide for each point. { $city }'s welcome service is free, also if you do not agree to the optional points.
consent-texts-withdraw = You can take back each consent at any time, at the desk, by phone or by e-mail.

import-title = Import new permits
import-intro = Upload the file of newly issued first residence permits from the immigration office. If any row has a problem, nothing is imported and every problem is listed. Importing the same file again creates no duplicates.
import-columns = Columns (first line of the file):
import-file = CSV file
import-file-hint = UTF-8, separated by commas or semicolons. Several languages or consents in one cell are separated by semicolons.
import-submit = Import
import-done = { $created } people registered, { $skipped } already registered before.
import-problems = { $count ->
    [one] The file has { $count } problem
   *[other] The file has { $count } problems
}
import-nothing-imported = Nothing was imported. Correct the file and upload it again.
import-line = Line
import-column = Column
import-reason = Problem

records-title = Privacy and retention
records-intro = The records of processing (GDPR article 30): which personal data the service keeps, why, on which legal basis, for how long and who sees it. They are generated from the service's data map.
records-retention = Storage limit
records-expired = { $count ->
    [one] { $count } record is past the storage limit and will be erased by tonight's job.
   *[other] { $count } records are past the storage limit and will be erased by tonight's job.
}
records-retention-years = Years after the last contact
records-retention-hint = Records are erased automatically this many years after the person's last contact with the service.
records-column = Column
records-purpose = Purpose
records-legal-basis = Legal basis
records-who = Who sees it

## Messages beside form fields.
error-unknown-country = Choose a country from the list
error-unknown-language = Choose a language from the list
error-duplicate-language = Each language only once
error-too-many = Choose at most { $limit }
error-invalid-date = Enter a real date
error-date-in-future = The date cannot be in the future
error-before-birth = This date is before the date of birth
error-not-latin = Use Latin letters only in this field
error-consent-required = The person must agree to the basic data, or nothing can be recorded
error-consent-basic-required = Tick the box to agree that the welcome service keeps your basic data: without it we cannot record anything.
error-consent-modules-required = Tick the box to agree that your registration is kept: without it we cannot register you.
error-duplicate-consent = This consent is already recorded
error-consent-missing = The person has not agreed to this; record the consent first
error-unknown-person = There is no record with this id
error-not-csv = Upload a CSV file
error-not-utf8 = Save the file as UTF-8 text and upload it again
error-invalid-csv = This line cannot be read as CSV
error-unknown-column = This column is not known
error-missing-column = This column is missing
error-too-many-rows = The file has too many rows; split it
error-wrong-number-of-fields = This line has a different number of fields than the first line
error-duplicate-in-file = This permit id appears twice in the file
error-empty-file = The file has no rows

# Issue 5: the consent purpose of registering for modules.
purpose-modules = Registering for information modules
consent-modules-text = To register you for a group information module, the welcome service keeps your name, date of birth, contact details and the number and ages of your children for childcare. We use them to hold your seat or your place on the waiting list, to tell you of changes, and to count your attendance for your welcome passport. The contact details of a registration are deleted 90 days after the session. You can take this back at any time; your registrations are then cancelled.
