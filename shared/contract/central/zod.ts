import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/**
 * The one place that teaches zod `.openapi()`. Every schema file of the
 * central contract imports `z` from here, so the extension is in place before
 * the first schema is built, whatever module the program loads first.
 */
extendZodWithOpenApi(z);

export { z };
