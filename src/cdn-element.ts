/**
 * What each element file of the CDN loader (`dist/elements/<tag>.js`) runs first: the locales
 * are in `dist/locales/`, beside the folder of the element files.
 */
import { setLocaleBase } from './core/i18n/i18n.js';

if (URL.canParse('../locales/', import.meta.url)) setLocaleBase(new URL('../locales/', import.meta.url));
