import { configparserError } from './apf001-configparser-error.js';
import { interpolationError } from './apf002-interpolation-error.js';
import type { Rule } from './types.js';

/** Every rule, in id order. Adding a rule is adding its module here, its doc and its test. */
export const RULES: readonly Rule[] = [configparserError, interpolationError];
