/** Generates a fabric off the page's thread (see generateDesign.ts). */
import type { FabricParams } from '../domain/generator/params.ts';
import { answerJobs } from './answerJobs.ts';
import { generateDesign, type GeneratedDesign } from './generateDesign.ts';

answerJobs<FabricParams, GeneratedDesign>(generateDesign);
