/** Defines `<key-points>`. */
import { KeyPoints } from './elements/key-points/key-points.js';

KeyPoints.define();

export { KeyPoints };
