// axe on every back-office page: the last six languages (see lib/staff-axe.js).
import { staffAxeSuite } from './lib/staff-axe.js';
import { LANGUAGES } from './lib/config.js';

staffAxeSuite('a11y-staff-2', LANGUAGES.slice(6));
