// `npm run db:backup -- FILE` and `npm run db:restore -- FILE`: build what is not built (as
// `npm start` does), then run the API's backup command (apps/api/src/backup/backup-cli.ts).
import { createRequire } from 'node:module';
import { build } from './build.mjs';

build();
createRequire(import.meta.url)('../apps/api/dist/backup/backup-cli.js');
