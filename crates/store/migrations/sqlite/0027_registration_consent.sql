-- The consent a registration rests on, as it was given with the registration (purpose
-- `modules`): through which channel, under which version of the text (the catalogues'
-- `consent-modules-text`, `domain::consent::TEXT_VERSION`), read in which language. A
-- registration by contact details has no record in the register to hold a consent, so
-- the row itself is the proof that the person agreed (GDPR Art. 7(1)); for a person of
-- the register it repeats what their record holds. NULL on rows made before 0027 and on
-- a registration that rests on a consent the person's record held already.
ALTER TABLE registrations ADD COLUMN consent_channel TEXT;
ALTER TABLE registrations ADD COLUMN consent_text_version TEXT;
ALTER TABLE registrations ADD COLUMN consent_text_language TEXT;
