import { Foundation1764100000000 } from './1764100000000-foundation.js';

// Every migration in the order it runs; a new one is appended here as well as added as a file.
export const migrations = [Foundation1764100000000];
