// `npm start`: build what is not built, then run the API (which starts PostgreSQL if needed).
import { createRequire } from 'node:module';
import { build } from './build.mjs';

build();
createRequire(import.meta.url)('../apps/api/dist/main.js');
