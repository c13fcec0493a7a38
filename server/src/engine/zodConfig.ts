/**
 * Imported first by every module that builds zod schemas. The engine uses zod's "mini" build: the
 * same validation as the classic one in a twelfth of the code, which every start of the server and
 * the CLI used to read and compile (about 55 ms). Mini carries no messages of its own, so the
 * English ones the classic build loads are loaded here. zod compiles fast object parsers with
 * `new Function` unless told not to; with `jitless` nothing in the engine generates code at run
 * time, so validating a workspace pack (or a JSON copy file) is data in, data out — a rule the
 * security test holds the server and CLI to by trapping `eval` and `Function`.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ ...en(), jitless: true });
