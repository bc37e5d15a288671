/**
 * A background vocabulary: words common to the errors and chat of any software — databases,
 * shells, git, browsers, auth servers — written as tokenizer terms (stemmed). A knowledge base's
 * own idf cannot tell that "username" or "denied" is generic (it may appear in one section only),
 * so when a message names nothing of the product, overlap made only of these words is not
 * evidence that an article fits: "Access denied for user 'etl' (using password: YES)" is some
 * database's error, not an API Gateway one. Domain words of this knowledge base's field (TLS,
 * certificates, signatures, caching, DNS) are deliberately absent.
 */
import { stem } from './stem';

const WORDS = (
  // access control and identity, as every product words it
  'access denied deny denies permission permissions allowed allow forbidden unauthorized authorized authorization authorize ' +
  'authentication authenticate authenticated login logon logged logout user users username usernames password passwords passwd ' +
  'credential credentials account accounts role roles privilege privileges grant granted owner admin administrator root ' +
  'session sessions token tokens identity auth secret ' +
  // failure words
  'invalid valid incorrect wrong bad failed failure fail fails error errors exception unable cannot could refused reject rejected ' +
  'unknown unexpected missing found exist exists exists does done abort aborted fatal warning warn critical crash crashed ' +
  'timeout timed expected reason detail details cause caused occurred occur result results status code message ' +
  // generic computing nouns and verbs
  'connection connect connecting connected disconnect closed close reset network socket tcp udp port host hostname address ' +
  'server client service services request requests response respond reply call calls calling called using use used ' +
  'read reading write writing open opening file files directory folder path paths line lines object objects value values ' +
  'type types name names data database table tables query queries row rows column record records key keys id ids ' +
  'process thread memory disk system version update updated install installed run running start started stop stopped ' +
  'load loading send sending receive received create created delete deleted remove removed set setting settings config ' +
  'configuration option options parameter parameters argument arguments input output internal local remote new old ' +
  'application app apps program script command module package library function method class instance instances ' +
  'resource resources operation operations action actions job jobs task tasks event events log logs ' +
  'find finding require required requires requiring stack trace traceback module modules dependency dependencies ' +
  'yes true false null none undefined empty'
).split(/\s+/);

/** Stemmed terms of the background vocabulary. */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(WORDS.filter(Boolean).flatMap((w) => [w, stem(w)]));
