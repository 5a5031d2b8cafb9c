// axe on every back-office page: Arabic first (every page, right to left), then five
// more languages (see lib/staff-axe.js and staffPagesFor in lib/config.js).
import { staffAxeSuite } from './lib/staff-axe.js';
import { STAFF_HALVES } from './lib/config.js';

staffAxeSuite('a11y-staff-2', STAFF_HALVES[1]);
