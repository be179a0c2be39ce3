export { parseConfig, DEFAULT_SECTION } from './parse.js';
export { interpolateOption, interpolateValue, optionsVisibleIn, positionInValue } from './interpolation.js';
export { optionNamed, sectionNamed } from './find.js';
export { decodeConfigBytes, MAX_CONFIG_BYTES } from './decode.js';
export type * from './types.js';
