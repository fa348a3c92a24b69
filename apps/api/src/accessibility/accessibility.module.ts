import { Module } from '@nestjs/common';
import { AccessibilityResolver } from './accessibility.resolver';

/**
 * BITV 2.0 § 4 duties of the start page that need the server: the DGS videos (served by dgs-videos.ts,
 * listed by the dgsVideos query). The Leichte Sprache page is the web app's alone.
 */
@Module({ providers: [AccessibilityResolver] })
export class AccessibilityModule {}
