// The PDOK services as configured for this build (see pdokConfig.ts).
import { pdokUrls } from './pdokConfig';

export const PDOK = pdokUrls(import.meta.env);

export const KADASTER_ATTRIBUTION = 'Kaartgegevens © Kadaster';
