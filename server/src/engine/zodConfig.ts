/**
 * Imported first by every module that builds zod schemas. zod compiles fast object parsers with
 * `new Function` unless told not to; with `jitless` nothing in the engine generates code at run
 * time, so validating a workspace pack (or a JSON copy file) is data in, data out — a rule the
 * security test holds the server and CLI to by trapping `eval` and `Function`.
 */
import { z } from 'zod';

z.config({ jitless: true });
