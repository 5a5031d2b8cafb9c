// What the browser suite walks: languages, pages, viewports. Adding a page is one line
// in PUBLIC_PAGES or STAFF_PAGES.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

/** Every shipped language (crates/i18n/locales/). */
export const LANGUAGES = ['en', 'sv', 'de', 'ar', 'fa', 'uk', 'ru', 'tr', 'so', 'ti', 'es', 'fr'];
export const RTL = new Set(['ar', 'fa']);

/**
 * The back-office axe walk's two forms. The full form (E2E_FULL=1) checks every staff
 * page in every language. The quick form, which `.ci/run` runs, checks every staff page
 * in English (the source) and Arabic (right to left), and each other language on every
 * STAFF_ROTATION-th page, rotating, so that each page is also checked in a few more
 * languages and each language on a share of all pages (the public pages are always
 * checked in every language: they are the newcomers').
 */
export const FULL = process.env.E2E_FULL === '1';
export const STAFF_ANCHORS = new Set(['en', 'ar']);
export const STAFF_ROTATION = 3;

/** The languages of a11y-staff-1 and a11y-staff-2, each beginning with its anchor. */
export const STAFF_HALVES = [['en', 'sv', 'de', 'uk', 'ru', 'tr'], ['ar', 'fa', 'so', 'ti', 'es', 'fr']];
if ([...STAFF_HALVES.flat()].sort().join() !== [...LANGUAGES].sort().join()) {
  throw new Error('STAFF_HALVES must hold every language of LANGUAGES exactly once');
}

/** The staff pages the walk checks in `lang` (all of them in the full form). */
export function staffPagesFor(lang) {
  if (FULL || STAFF_ANCHORS.has(lang)) return STAFF_PAGES;
  const k = LANGUAGES.indexOf(lang) % STAFF_ROTATION;
  return STAFF_PAGES.filter((_, i) => i % STAFF_ROTATION === k);
}

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },   // public pages: newcomers on a cheap phone
  narrow: { width: 320, height: 740 },  // WCAG 1.4.10 reflow: no horizontal scrolling at 320 px
  desktop: { width: 1280, height: 900 }, // back office
};

/** Public pages; `path` gets the language code put in for {lang}. */
export const PUBLIC_PAGES = [
  { name: 'start', path: '/{lang}/' },
  { name: 'accessibility', path: '/{lang}/accessibility' },
  { name: 'privacy', path: '/{lang}/privacy' },
  { name: 'book a talk', path: '/{lang}/coaching' },
  { name: 'book: free times', path: '/{lang}/coaching/times?kind=start&language=ar&place=' },
  { name: 'book: wrong choice', path: '/{lang}/coaching/times?kind=nothing&language=ar&place=', status: 422 },
  { name: 'not found', path: '/{lang}/no-such-page', status: 404 },
  { name: 'brochure', path: '/{lang}/brochure' },
  { name: 'brochure: a chapter', path: '/{lang}/brochure/housing' },
  { name: 'addresses', path: '/{lang}/addresses' },
  { name: 'questions and answers', path: '/{lang}/faq' },
  { name: 'queue screen', path: '/{lang}/queue' },
  { name: 'information sessions', path: '/{lang}/modules' },
  { name: 'information sessions: Saturdays with childcare', path: '/{lang}/modules?saturday=on&childcare=on' },
  { name: 'information sessions: wrong date', path: '/{lang}/modules?from=soon', status: 422 },
  { name: 'language courses', path: '/{lang}/courses' },
  { name: 'language courses: with childcare', path: '/{lang}/courses?childcare=yes&voucher=yes' },
  { name: 'course finder', path: '/{lang}/courses/find' },
  { name: 'course finder: answers', path: '/{lang}/courses/find?go=1&level=unknown&script=other_script&evenings=yes&weekends=yes&childcare=yes&voucher=yes' },
  { name: 'course finder: wrong level', path: '/{lang}/courses/find?go=1&level=Z9', status: 422 },
];

/**
 * Back-office pages, each reached either by `path` or by `open(page, ctx)`.
 * `as`: 'coordinator' (signed in; the default) or 'anonymous' (signed out).
 * `errors: true`: the page must show its error summary (a form submitted with errors).
 * ctx: { base, lang, langIndex }.
 */
export const STAFF_PAGES = [
  { name: 'home', path: '/staff/' },
  { name: 'users', path: '/staff/users' },
  { name: 'settings', path: '/staff/settings' },
  { name: 'audit', path: '/staff/audit' },
  { name: 'account', path: '/staff/account' },
  { name: 'disable user', open: openDisableUser },
  { name: 'users: create form sent empty', errors: true, open: submitEmptyCreateUser },
  { name: 'settings: inhabitants "abc"', errors: true, open: submitBadInhabitants },
  { name: 'people', path: '/staff/people' },
  { name: 'people: search', path: '/staff/people?q=Amal+Haddad' },
  { name: 'register a person', path: '/staff/people/new' },
  { name: 'register: form sent empty', errors: true, open: submitEmptyPerson },
  { name: 'person', open: openNewPerson },
  { name: 'person: correct data', open: (page, ctx) => openPersonLink(page, ctx, '/edit') },
  { name: 'person: profile', open: (page, ctx) => openPersonLink(page, ctx, '/profile') },
  { name: 'person: merge', open: (page, ctx) => openPersonLink(page, ctx, '/merge') },
  { name: 'person: erase', open: (page, ctx) => openPersonLink(page, ctx, '/erase') },
  { name: 'person: export', lang: 'ar', document: true, open: (page, ctx) => openPersonLink(page, ctx, '/export') },
  { name: 'consent texts', document: true, open: async (page, { base, lang }) => page.goto(`${base}/staff/people/consent-texts/${lang}`) },
  { name: 'book a coaching', open: (page, ctx) => openPersonLink(page, ctx, '/book') },
  { name: 'record a coaching', open: (page, ctx) => openBooked(page, ctx, '/outcome') },
  { name: 'cancel an appointment', open: (page, ctx) => openBooked(page, ctx, '/cancel') },
  { name: 'follow-ups due', path: '/staff/coaching/follow-ups' },
  { name: 'move an appointment', open: (page, ctx) => openBooked(page, ctx, '/move') },
  { name: 'languages by place', path: '/staff/coaching/coverage' },
  { name: 'childcare to arrange', path: '/staff/coaching/childcare' },
  { name: 'childcare: period "0 days"', path: '/staff/coaching/childcare?days=0', status: 422 },
  { name: 'counsellors', path: '/staff/coaching/counsellors' },
  { name: 'a counsellor', open: openFirstCounsellor },
  { name: 'a counsellor: hours sent wrong', errors: true, open: submitBadCounsellorHours },
  { name: 'kinds of coaching', path: '/staff/coaching/kinds' },
  { name: 'kinds of coaching: duration "50"', errors: true, open: submitBadKindMinutes },
  { name: 'e-mail queue', path: '/staff/outbox' },
  { name: 'coaching places', path: '/staff/coaching/places' },
  { name: 'coaching matters', path: '/staff/coaching/lists/matters' },
  { name: 'coaching topics', path: '/staff/coaching/lists/topics' },
  // A public page reached only with the private link of a booking: booked first.
  { name: 'public: move an appointment', as: 'anonymous', open: openMoveAppointment },
  { name: 'import permits', path: '/staff/intake/import' },
  { name: 'privacy and retention', path: '/staff/privacy' },
  { name: 'directory', path: '/staff/directory' },
  { name: 'directory: an entry', open: openFirstDirectoryEntry },
  { name: 'directory: new entry', path: '/staff/directory/new' },
  { name: 'language courses', path: '/staff/courses' },
  { name: 'language courses: new course', path: '/staff/courses/new' },
  { name: 'language courses: form sent empty', errors: true, open: submitEmptyCourse },
  { name: 'person: course finder', open: (page, ctx) => openPersonLink(page, ctx, '/courses') },
  { name: 'seat reservations (coordinator)', path: '/staff/courses/reservations' },
  { name: 'districts and neighbours', path: '/staff/districts' },
  { name: 'welcome offers', path: '/staff/offers' },
  { name: 'provider portal: seat reservations', as: 'provider', path: '/staff/courses/reservations' },
  { name: 'brochure coverage', path: '/staff/brochure' },
  { name: 'brochure: edit a translation', path: '/staff/brochure/housing/sv' },
  { name: 'brochure: edit the source', path: '/staff/brochure/housing/en' },
  { name: 'brochure: markup with mistakes', errors: true, open: submitBadMarkup },
  { name: 'editions and print plan', path: '/staff/brochure/editions' },
  { name: 'review and plain language', path: '/staff/content/review' },
  { name: 'leaflets', path: '/staff/leaflets' },
  { name: 'desk: log a contact', path: '/staff/desk' },
  { name: 'desk: contact with mistakes', errors: true, open: submitBadContact },
  { name: 'knowledge search', path: '/staff/knowledge?q=Meldezettel&lang=de' },
  { name: 'knowledge search: nothing found', path: '/staff/knowledge?q=zzzqqq' },
  { name: 'desk queue', path: '/staff/desk/queue' },
  { name: 'desk figures', path: '/staff/desk/dashboard' },
  { name: 'interpreters', path: '/staff/desk/interpreting' },
  { name: 'interpreters: request with mistakes', errors: true, open: submitBadInterpreting },
  { name: 'knowledge articles', path: '/staff/knowledge/articles' },
  { name: 'knowledge article: edit a translation', open: openArticleTranslation },
  { name: 'knowledge synonyms', path: '/staff/knowledge/synonyms' },
  { name: 'reports: uptake', path: '/staff/reports' },
  { name: 'reports: coaching', path: '/staff/reports?name=coaching' },
  { name: 'reports: follow-ups', path: '/staff/reports?name=follow_ups' },
  { name: 'reports: modules', path: '/staff/reports?name=modules' },
  { name: 'reports: vouchers', path: '/staff/reports?name=vouchers' },
  { name: 'reports: desk', path: '/staff/reports?name=desk' },
  { name: 'reports: satisfaction', path: '/staff/reports?name=satisfaction' },
  { name: 'working group', path: '/staff/working-group' },
  { name: 'working group: filled in', open: openFilledWorkingGroup },
  { name: 'working group: action without owner', errors: true, open: submitActionWithoutOwner },
  { name: 'reports: bad period', errors: true, status: 422, path: '/staff/reports?from=2026-05-01&to=2026-01-01' },
  { name: 'planner', path: '/staff/planning' },
  { name: 'planner: from the register', path: '/staff/planning?register=1' },
  { name: 'planner: bad seats', errors: true, open: submitBadSeats },
  { name: 'set-up steps', path: '/staff/setup' },
  { name: 'set-up step', path: '/staff/setup/4' },
  { name: 'modules: sessions', path: '/staff/modules' },
  { name: 'modules: bad date filter', errors: true, status: 422, path: '/staff/modules?from=soon' },
  { name: 'modules: new session or series', path: '/staff/modules/new' },
  { name: 'modules: series sent empty', errors: true, open: submitEmptySeries },
  { name: 'modules: a session', open: (page, ctx) => openFirstSession(page, ctx, '') },
  { name: 'modules: passport number with a typo', errors: true, open: (page, ctx) => openFirstSession(page, ctx, '?q=4KT7Q-92MXB') },
  { name: 'modules: a person asked for the consent', errors: true, open: openConsentAsk },
  { name: 'modules: check-in', open: (page, ctx) => openFirstSession(page, ctx, '/check-in') },
  { name: 'modules: printed list', open: (page, ctx) => openFirstSession(page, ctx, '/print') },
  { name: 'modules: rostering', path: '/staff/modules/roster' },
  { name: 'modules: trainers and coverage', path: '/staff/modules/trainers' },
  { name: 'modules: change a trainer', open: openFirstTrainer },
  { name: 'modules: topics', path: '/staff/modules/topics' },
  { name: 'modules: change a topic', open: openFirstTopic },
  { name: 'modules: venues', path: '/staff/modules/venues' },
  { name: 'modules: change a venue', open: openFirstVenue },
  { name: 'modules: venue sent with mistakes', errors: true, open: submitBadVenue },
  { name: 'modules: rostering with my choices', open: previewRosterPins },
  { name: 'modules: trainer absent sent empty', errors: true, open: submitEmptyAbsence },
  // Passport and vouchers (issue 6): the coordinator's pages and the providers' portal.
  { name: 'voucher rules', path: '/staff/vouchers/rules' },
  { name: 'voucher rules: form sent empty', errors: true, open: submitEmptyRule },
  { name: 'course providers', path: '/staff/providers' },
  { name: 'course provider: standing', open: (page, ctx) => openFirstProvider(page, ctx, '') },
  { name: 'course provider: invoices', open: (page, ctx) => openFirstProvider(page, ctx, '/invoices') },
  { name: 'course provider: invoicing details, bad country', errors: true, open: submitBadProviderCountry },
  { name: 'voucher reconciliation', path: '/staff/vouchers/reconciliation' },
  { name: 'provider portal', as: 'provider', path: '/provider/' },
  { name: 'provider portal: mistyped code', as: 'provider', errors: true, status: 422, path: '/provider/voucher?code=ABCD' },
  { name: 'login', as: 'anonymous', path: '/staff/login' },
  { name: 'login: wrong password', as: 'anonymous', errors: true, open: submitWrongPassword },
];

export const PASSWORD = 'welcome-demo-2026';
export const ACCOUNTS = ['coordinator', 'counsellor', 'trainer', 'desk', 'provider', 'clerk', 'desk-lead', 'partner']
  .map((r) => `${r}@demo-city.example`);

async function openDisableUser(page, { base }) {
  await page.goto(`${base}/staff/users`);
  await clickAndLoad(page, page.locator('a[href^="/staff/users/"][href$="/disable"]').first());
}

async function submitEmptyCreateUser(page, { base }) {
  await page.goto(`${base}/staff/users`);
  await clickAndLoad(page, page.locator('form[action="/staff/users"] button[type="submit"]'));
}

async function submitBadInhabitants(page, { base }) {
  await page.goto(`${base}/staff/settings`);
  await page.locator('#f-inhabitants').fill('abc');
  await clickAndLoad(page, page.locator('form[action="/staff/settings"] button[type="submit"]'));
}

/** The working group with an organisation, a representative, a meeting and an open action. */
async function openFilledWorkingGroup(page, { base, lang }) {
  await page.goto(`${base}/staff/working-group`);
  await page.locator('#f-org_name').fill(`Red Cross ${lang}`);
  await clickAndLoad(page, page.locator('form[action="/staff/working-group/organisations"] button[type="submit"]'));
  await page.locator('#f-organisation_id').selectOption({ label: `Red Cross ${lang}` });
  await page.locator('#f-name').fill('Anna Berg');
  await clickAndLoad(page, page.locator('form[action="/staff/working-group/members"] button[type="submit"]'));
  await page.locator('#f-held_on').fill('2026-10-01');
  await page.locator('#f-agenda').fill('Uptake of the start coaching');
  await page.locator('#f-minutes').fill('Plan: two more Saturday modules.');
  await clickAndLoad(page, page.locator('form[action="/staff/working-group/meetings"] button[type="submit"]'));
  await page.locator('#f-kind').selectOption('action');
  await page.locator('#f-text').fill('Ask the NGOs');
  await page.locator('#f-owner').fill('Coordinator');
  await page.locator('#f-due_on').fill('2026-11-01');
  await clickAndLoad(page, page.locator('form[action="/staff/working-group/items"] button[type="submit"]'));
}

async function submitActionWithoutOwner(page, { base }) {
  await page.goto(`${base}/staff/working-group`);
  if (!(await page.locator('#f-meeting_id').count())) {
    await page.locator('#f-held_on').fill('2026-10-01');
    await page.locator('#f-agenda').fill('Review');
    await clickAndLoad(page, page.locator('form[action="/staff/working-group/meetings"] button[type="submit"]'));
  }
  await page.locator('#f-kind').selectOption('action');
  await page.locator('#f-text').fill('Ask the NGOs');
  await clickAndLoad(page, page.locator('form[action="/staff/working-group/items"] button[type="submit"]'));
}

async function submitBadSeats(page, { base }) {
  await page.goto(`${base}/staff/planning`);
  await page.locator('#f-seats_per_module').fill('80');
  await clickAndLoad(page, page.locator('form.plan-form button[type="submit"]'));
}

async function submitEmptyPerson(page, { base }) {
  await page.goto(`${base}/staff/people/new`);
  await clickAndLoad(page, page.locator('form[action="/staff/people"] button[type="submit"]'));
}

/** Registers a person (basic consent only) and lands on their page. */
async function openNewPerson(page, { base, lang }) {
  await page.goto(`${base}/staff/people/new`);
  await page.locator('#f-full_name').fill(`Amal Haddad ${lang}`);
  await page.locator('#f-birth_year').fill('1990');
  await page.locator('#f-citizenship').selectOption('SY');
  await page.locator('#f-languages-1').selectOption('ar');
  await page.locator('#f-consent-basic').check();
  await page.locator('#f-consent-profile').check();
  await clickAndLoad(page, page.locator('form[action="/staff/people"] button[type="submit"]'));
  // A likely duplicate (the same name in another language's run) asks first.
  if (await page.locator('input[name="confirm_new"]').count()) {
    await clickAndLoad(page, page.locator('form[action="/staff/people"] button[type="submit"]'));
  }
}

async function openPersonLink(page, ctx, suffix) {
  await openNewPerson(page, ctx);
  const url = new URL(page.url());
  await page.goto(`${ctx.base}${url.pathname}${suffix}`);
}

/** Registers a person, books the first free time, and opens the appointment's page. */
async function openBooked(page, ctx, suffix) {
  await openPersonLink(page, ctx, '/book');
  await clickAndLoad(page, page.locator('form[method="post"][action$="/book"] button[type="submit"]'));
  const href = await page.locator(`a[href^="/staff/appointments/"][href$="${suffix}"]`).first().getAttribute('href');
  await page.goto(`${ctx.base}${href}`);
}

async function openFirstCounsellor(page, { base }) {
  await page.goto(`${base}/staff/coaching/counsellors`);
  const href = await page.locator('a[href^="/staff/coaching/counsellors/"]').first().getAttribute('href');
  await page.goto(`${base}${href}`);
}

async function submitBadCounsellorHours(page, ctx) {
  await openFirstCounsellor(page, ctx);
  await page.locator('#f-from').fill('12:00');
  await page.locator('#f-to').fill('09:00');
  await clickAndLoad(page, page.locator('form[action$="/hours"] button[type="submit"]'));
}

async function submitBadKindMinutes(page, { base }) {
  await page.goto(`${base}/staff/coaching/kinds`);
  await page.locator('#f-start_minutes').fill('50');
  await clickAndLoad(page, page.locator('form[action="/staff/coaching/kinds"] button[type="submit"]'));
}

async function openMoveAppointment(page, { base, lang, langIndex }) {
  await page.goto(`${base}/${lang}/coaching/times?kind=start&language=ar&place=`);
  // A different time per language, so the walk never runs out of free times.
  await page.locator('input[name="slot"]').nth(langIndex % 10).check();
  await clickAndLoad(page, page.locator('form[action$="/coaching/details"] button[type="submit"]'));
  await page.locator('#f-full_name').fill(`Browser Test ${lang}`);
  await page.locator('#f-birth_year').fill('1990');
  await page.locator('#f-phone').fill('+46 70 123 45 67');
  await page.locator('#c-basic').check();
  await clickAndLoad(page, page.locator('form[action$="/coaching/check"] button[type="submit"]'));
  await clickAndLoad(page, page.locator('form[action$="/coaching/book"] button[type="submit"]'));
  await clickAndLoad(page, page.locator('a[href$="/move"]'));
}

async function submitWrongPassword(page, { base, langIndex }) {
  await page.goto(`${base}/staff/login`);
  // A different account per language: five failures in a row would lock one account
  // (and show "locked" instead of "wrong password").
  await page.locator('#f-email').fill(ACCOUNTS[langIndex % ACCOUNTS.length]);
  await page.locator('#f-password').fill('not-the-password');
  await clickAndLoad(page, page.locator('form[action="/staff/login"] button[type="submit"]'));
}

/** Clicks something that submits a form or follows a link, and waits for the new page. */
export async function clickAndLoad(page, locator) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    locator.click(),
  ]);
}

/** Courses (issue 12): the course form sent empty shows its errors. */
async function submitEmptyCourse(page, { base }) {
  await page.goto(`${base}/staff/courses/new`);
  await page.locator('form:has(#f-title) button[type=submit]').click();
}

/** Content (issue 7): the first entry's edit form of the directory. */
/** Modules (issue 5): the first session of the back-office list, and a page under it. */
async function openFirstSession(page, { base }, tail) {
  await page.goto(`${base}/staff/modules`);
  const href = await page.locator('td:first-child a[href^="/staff/modules/"]').first().getAttribute('href');
  await page.goto(`${base}${href}${tail}`);
}

/** Registers a person of the register without the `modules` consent (an Amal Haddad the
 * 'register a person' page made): the session's page asks for it (422, nothing written). */
async function openConsentAsk(page, ctx) {
  await openFirstSession(page, ctx, '?q=Amal+Haddad');
  await clickAndLoad(page, page.locator('form.inline:has(input[name="person_id"]) button[type="submit"]').first());
}

async function openFirstTrainer(page, { base }) {
  await page.goto(`${base}/staff/modules/trainers`);
  const href = await page.locator('a[href^="/staff/modules/trainers/"]').first().getAttribute('href');
  await page.goto(`${base}${href}`);
}

async function openFirstVenue(page, { base }) {
  await page.goto(`${base}/staff/modules/venues`);
  const href = await page.locator('a[href^="/staff/modules/venues/"]').first().getAttribute('href');
  await page.goto(`${base}${href}`);
}

async function submitBadVenue(page, ctx) {
  await openFirstVenue(page, ctx);
  await page.fill('#f-address', '');
  await page.fill('#f-rooms', 'Hall 40');
  await clickAndLoad(page, page.locator('form[action^="/staff/modules/venues/"] button[type="submit"]'));
}

async function previewRosterPins(page, { base }) {
  await page.goto(`${base}/staff/modules/roster`);
  const preview = page.locator('button[name="action"][value="preview"]');
  if (await preview.count()) {
    await clickAndLoad(page, preview);
  }
}

async function submitEmptyAbsence(page, { base }) {
  await page.goto(`${base}/staff/modules/roster`);
  await clickAndLoad(page, page.locator('form[action="/staff/modules/roster/absence"] button[type="submit"]'));
}

async function openFirstTopic(page, { base }) {
  await page.goto(`${base}/staff/modules/topics`);
  const href = await page.locator('a[href^="/staff/modules/topics/"]').first().getAttribute('href');
  await page.goto(`${base}${href}`);
}

async function submitEmptySeries(page, { base }) {
  await page.goto(`${base}/staff/modules/new`);
  await clickAndLoad(page, page.locator('form[action="/staff/modules"] button[type="submit"]'));
}

async function openFirstDirectoryEntry(page, { base }) {
  await page.goto(`${base}/staff/directory`);
  const href = await page.locator('a[href^="/staff/directory/0"]').first().getAttribute('href');
  await page.goto(`${base}${href}`);
}

/** Content (issue 7): a chapter saved with markup mistakes shows them by line. */
async function submitBadContact(page, { base }) {
  await page.goto(`${base}/staff/desk`);
  await page.fill('#f-language', 'arabic');
  await page.fill('#f-duration_minutes', 'x');
  await page.locator('form:has(#f-language) button[type=submit]').click();
}

/** The desk (issue 8): an interpreting request with a bad time and no language. */
async function submitBadInterpreting(page, { base }) {
  await page.goto(`${base}/staff/desk/interpreting`);
  await page.fill('#f-time', '25:99');
  await page.locator('form:has(#f-time) button[type=submit]').click();
}

/** The desk (issue 8): the Swedish text of the first knowledge-base article. */
async function openArticleTranslation(page, { base }) {
  await page.goto(`${base}/staff/knowledge/articles`);
  const href = await page.locator('a[href^="/staff/knowledge/articles/"][href$="/sv"]').first().getAttribute('href');
  await page.goto(`${base}${href}`);
}

async function submitBadMarkup(page, { base }) {
  await page.goto(`${base}/staff/brochure/leisure/en`);
  await page.fill('#f-body', '# Title\n<b>bold</b> and [x](javascript:alert(1))');
  await page.locator('form:has(#f-body) button[type=submit]').click();
}

/** Vouchers (issue 6): the rules form sent with its name and value emptied. */
async function submitEmptyRule(page, { base }) {
  await page.goto(`${base}/staff/vouchers/rules`);
  await page.fill('#f-name', '');
  await page.fill('#f-value', '');
  await clickAndLoad(page, page.locator('form[action="/staff/vouchers/rules"] button[type="submit"]'));
}

/** Vouchers (issue 6): the provider's invoicing details sent with a country name, not a code. */
async function submitBadProviderCountry(page, ctx) {
  await openFirstProvider(page, ctx, '');
  await page.fill('#f-country', 'Sweden');
  await clickAndLoad(page, page.locator('form[action$="/details"] button[type="submit"]'));
}

/** Vouchers (issue 6): the first course provider's page (or one of its sub-pages). */
async function openFirstProvider(page, { base }, tail) {
  await page.goto(`${base}/staff/providers`);
  const href = await page.locator('a[href^="/staff/providers/"]').first().getAttribute('href');
  await page.goto(`${base}${href}${tail}`);
}
