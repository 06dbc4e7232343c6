// The PDOK services as configured for this build (see pdokConfig.ts).
import { pdokUrls } from './pdokConfig';

export const PDOK = pdokUrls(import.meta.env as unknown as Record<string, string | undefined>);

export const KADASTER_ATTRIBUTION = 'Kaartgegevens © Kadaster';
