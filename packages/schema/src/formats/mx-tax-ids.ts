import { isCalendarDate, normalizeId } from './identifier-checks.js';

/** Four-letter words SAT never issues as the name part of an RFC (python-stdnum `mx/rfc.py`). */
const RFC_BLACKLIST = new Set(
  (
    'BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COJA COJE COJI COJO CULO FETO GUEY JOTO KACA KACO ' +
    'KAGA KAGO KAKA KOGE KOJO KULO MAME MAMO MEAR MEAS MEON MION MOCO MULA PEDA PEDO PENE PUTA PUTO ' +
    'QULO RATA RUIN'
  ).split(' '),
);

/** Four-letter words RENAPO never issues as the name part of a CURP (python-stdnum `mx/curp.py`). */
const CURP_BLACKLIST = new Set(
  (
    'BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO ' +
    'FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA ' +
    'KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO ' +
    'PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO ' +
    'VAKA VUEI VUEY WUEI WUEY'
  ).split(' '),
);

/** Two-letter codes of the 32 federal entities, plus NE (born abroad), used in a CURP. */
const CURP_STATES = new Set(
  (
    'AS BC BS CC CH CL CM CS DF DG GR GT HG JC MC MN MS NE NL NT OC PL QR QT SL SP SR TC TL TS VZ ' + 'YN ZS'
  ).split(' '),
);

/** True when `yymmdd` is a real day in the given century (e.g. 1900 or 2000). */
function isYymmdd(yymmdd: string, century: number): boolean {
  return isCalendarDate(
    century + Number(yymmdd.slice(0, 2)),
    Number(yymmdd.slice(2, 4)),
    Number(yymmdd.slice(4, 6)),
  );
}

/**
 * The `mx_rfc` format: a Mexican tax number (RFC), 4 name letters + birth date YYMMDD + 3-char
 * homoclave for people (not a blacklisted word) or 3 letters + incorporation date + homoclave for
 * companies; case-insensitive.
 *
 * @example mxRfc('GODE561231GR8') // true
 * @example mxRfc('MAB9307148T4') // true
 */
export function mxRfc(value: string): boolean {
  const id = normalizeId(value)?.normalize('NFC');
  if (id === undefined) return false;
  const match = /^([A-Z&Ñ]{3,4})(\d{6})[A-Z\d]{3}$/.exec(id);
  if (!match) return false;
  const [, name = '', date = ''] = match;
  if (RFC_BLACKLIST.has(name)) return false;
  // The last character is a check digit, but about 1.5% of RFCs in use fail it (python-stdnum
  // skips it by default for that reason), so checking it would reject genuine taxpayers.
  // The century is unknown; 2000 + YY accepts every real date (29 February included for YY = 00).
  return isYymmdd(date, 2000);
}

/** CURP check digit over the first 17 characters (all digits, A-Z or `&`, as the CURP pattern ensures). */
function curpCheckDigit(body: string): number {
  const alphabet = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ';
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    sum += alphabet.indexOf(body[index] ?? '') * (18 - index);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The `mx_curp` format: a Mexican population registry key (CURP), 18 characters — 4 name letters
 * (not a blacklisted word), birth date YYMMDD, sex H/M/X, state code, 3 consonants, a century
 * differentiator (digit for 19xx, letter for 20xx) and a check digit.
 *
 * @example mxCurp('BOXW310820HNERXN09') // true
 */
export function mxCurp(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const match = /^([A-Z]{4})(\d{6})[HMX]([A-Z]{2})[A-Z]{3}([\dA-Z])\d$/.exec(id);
  if (!match) return false;
  const [, name = '', date = '', state = '', differentiator = ''] = match;
  if (CURP_BLACKLIST.has(name) || !CURP_STATES.has(state)) return false;
  if (!isYymmdd(date, /\d/.test(differentiator) ? 1900 : 2000)) return false;
  return id[17] === String(curpCheckDigit(id.slice(0, 17)));
}
