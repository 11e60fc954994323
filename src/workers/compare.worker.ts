/** Compares a file with the open design off the page's thread (see compareTexts.ts). */
import { answerJobs } from './answerJobs.ts';
import { compareTexts, type CompareRequest, type CompareResult } from './compareTexts.ts';

answerJobs<CompareRequest, CompareResult>(compareTexts);
